import { addDays, daysBetween, formatRange, isoWeekday, lastDayOfMonth, formatMonthDay, formatFullDate } from './civil-date'

describe('civil dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2021-09-30', 1)).toBe('2021-10-01')
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01')
    expect(addDays('2021-09-01', -1)).toBe('2021-08-31')
  })
  it('counts days', () => {
    expect(daysBetween('2021-09-01', '2021-09-30')).toBe(29)
    expect(daysBetween('2021-09-30', '2021-09-01')).toBe(-29)
  })
  it('knows weekdays (Monday = 1) and month ends', () => {
    expect(isoWeekday('2021-09-01')).toBe(3) // a Wednesday
    expect(isoWeekday('2021-09-05')).toBe(7)
    expect(lastDayOfMonth('2021-09')).toBe('2021-09-30')
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29')
  })
  it('labels dates in Chinese', () => {
    expect(formatMonthDay('2021-09-06')).toBe('9月6日')
    expect(formatFullDate('2021-09-06')).toBe('2021年9月6日')
    expect(formatRange('2021-09-13', '2021-09-17')).toBe('9月13日–17日')
    expect(formatRange('2021-09-27', '2021-10-01')).toBe('9月27日–10月1日')
  })
})
