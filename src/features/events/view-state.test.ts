/**
 * The 活动 tab's view as kept on the phone: restored only for the same edition and China day,
 * and only when every part is still valid; anything else (missing, stale, corrupt) starts fresh.
 */
import { CALENDAR_VIEW_VERSION, restoredCalendarView, savedCalendarView, type CalendarViewSlice } from './view-state'

const CTX = {
  edition: '2021',
  today: '2021-09-14',
  months: ['2021-09', '2021-10'],
  categoryIds: ['publicity', 'open-day'],
  organiserIds: ['amr', 'water']
}
const STATE: CalendarViewSlice = { view: 'month', month: '2021-10', day: '2021-10-01', categoryId: 'publicity', organiserId: 'amr' }
const saved = savedCalendarView(STATE, '2021', '2021-09-14')

describe('the calendar view kept on the phone', () => {
  it('is saved with its version, edition and day, and restored as it was', () => {
    expect(saved).toEqual({ version: CALENDAR_VIEW_VERSION, edition: '2021', savedOn: '2021-09-14', state: STATE })
    expect(restoredCalendarView(JSON.parse(JSON.stringify(saved)), CTX)).toEqual(STATE)
    const list = savedCalendarView({ view: 'list', month: null, day: null, categoryId: null, organiserId: null }, '2021', '2021-09-14')
    expect(restoredCalendarView(list, CTX)).toEqual(list.state)
  })

  it('another edition’s or another day’s view starts fresh', () => {
    expect(restoredCalendarView(saved, { ...CTX, edition: '2022' })).toBeNull()
    expect(restoredCalendarView(saved, { ...CTX, today: '2021-09-15' })).toBeNull()
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'month'],
    ['an array', [saved]],
    ['another version', { ...saved, version: 2 }],
    ['no state', { ...saved, state: undefined }],
    ['an unknown mode', { ...saved, state: { ...STATE, view: 'grid' } }],
    ['a month the calendar does not have', { ...saved, state: { ...STATE, month: '2021-11', day: null } }],
    ['a day outside its month', { ...saved, state: { ...STATE, day: '2021-09-15' } }],
    ['a day that does not exist', { ...saved, state: { ...STATE, month: '2021-09', day: '2021-09-31' } }],
    ['a day without a month', { ...saved, state: { ...STATE, month: null } }],
    ['an unknown category', { ...saved, state: { ...STATE, categoryId: 'gone' } }],
    ['an organiser id of the wrong type', { ...saved, state: { ...STATE, organiserId: 7 } }]
  ])('%s starts fresh, without an error', (_what, stored) => {
    expect(restoredCalendarView(stored, CTX)).toBeNull()
  })
})
