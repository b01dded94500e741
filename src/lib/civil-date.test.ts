import {
  addDays, addMonths, chinaMidnightSeconds, daysBetween, formatRange, formatWeekday, isoWeekday, lastDayOfMonth,
  formatMonthDay, formatFullDate, startOfWeek, WEEKDAY_HEADERS
} from './civil-date'

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
  it('finds the Monday of a week, across month and year ends', () => {
    expect(startOfWeek('2021-09-01')).toBe('2021-08-30')
    expect(startOfWeek('2021-09-13')).toBe('2021-09-13') // a Monday
    expect(startOfWeek('2021-09-19')).toBe('2021-09-13') // a Sunday ends the week
    expect(startOfWeek('2022-01-01')).toBe('2021-12-27')
    expect(formatWeekday('2021-09-15')).toBe('周三')
    expect(formatWeekday('2021-09-19')).toBe('周日')
  })
  it('heads the month grid’s columns with the weekday of each day under them (the grid starts weeks on Monday)', () => {
    const monday = startOfWeek('2021-12-30')
    const week = WEEKDAY_HEADERS.map((_, i) => addDays(monday, i))
    expect(WEEKDAY_HEADERS.map((h, i) => [h, formatWeekday(week[i])])).toEqual([
      ['一', '周一'], ['二', '周二'], ['三', '周三'], ['四', '周四'], ['五', '周五'], ['六', '周六'], ['日', '周日']
    ])
    expect(week.map(isoWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })
  it('moves by months across year ends', () => {
    expect(addMonths('2021-09', 1)).toBe('2021-10')
    expect(addMonths('2021-12', 1)).toBe('2022-01')
    expect(addMonths('2022-01', -1)).toBe('2021-12')
    expect(addMonths('2021-09', -21)).toBe('2019-12')
    expect(addMonths('2021-09', 0)).toBe('2021-09')
  })
  it('computes right for years 0000–0099 (Date.UTC would read them as 1900–1999)', () => {
    expect(daysBetween('0021-09-01', '2021-09-01')).toBe(5 * 146_097) // 2000 years = five 400-year cycles
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1)
    expect(addDays('0021-09-30', 1)).toBe('0021-10-01')
    expect(addDays('0000-03-01', -1)).toBe('0000-02-29') // year 0 is a leap year
    expect(lastDayOfMonth('0004-02')).toBe('0004-02-29')
    expect(lastDayOfMonth('0001-02')).toBe('0001-02-28')
    expect(isoWeekday('0001-01-01')).toBe(1) // a Monday in the proleptic Gregorian calendar
    expect(startOfWeek('0021-09-15')).toBe(addDays('0021-09-15', 1 - isoWeekday('0021-09-15')))
    expect(chinaMidnightSeconds('0021-09-15')).toBe(Date.parse('0021-09-14T16:00:00Z') / 1000)
  })
  it('gives the unix seconds of 00:00 in China (UTC+8), whatever the device zone', () => {
    expect(chinaMidnightSeconds('2021-09-15')).toBe(Date.parse('2021-09-14T16:00:00Z') / 1000)
    expect(chinaMidnightSeconds('2022-01-01')).toBe(Date.parse('2021-12-31T16:00:00Z') / 1000)
    expect(chinaMidnightSeconds('1970-01-01')).toBe(-8 * 3600)
  })
})
