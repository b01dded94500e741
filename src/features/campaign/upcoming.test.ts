import { edition } from '@/content/newest'
import { timingLabel } from '@/lib/event-dates'
import { eventTiming, homeEvents } from './upcoming'

const { events, campaign } = edition
const ids = (today: string) => homeEvents(events, campaign, today).items.map((x) => x.event.id)
const byId = (id: string) => events.find((e) => e.id === id)!

describe('the home page’s events on a China date', () => {
  it('before the campaign: the first three with a known day, counting down', () => {
    const h = homeEvents(events, campaign, '2021-08-25')
    expect(h.mode).toBe('upcoming')
    expect(h.items.map((x) => x.event.id)).toEqual(['service-cert-week', 'organic-cert-week', 'open-day'])
    expect(h.items.map((x) => timingLabel(x.timing))).toEqual(['15天后', '19天后', '21天后'])
  })

  it('14 September: the week under way first, then the next ones', () => {
    const h = homeEvents(events, campaign, '2021-09-14')
    expect(h.items.map((x) => x.event.id)).toEqual(['organic-cert-week', 'open-day', 'hangzhou-conference'])
    expect(h.items.map((x) => timingLabel(x.timing))).toEqual(['进行中', '明天', '2天后'])
  })

  it('a one-day event on its day is “today”, and drops off the next day', () => {
    expect(timingLabel(eventTiming(byId('open-day'), '2021-09-15'))).toBe('今天')
    expect(ids('2021-09-15')[1]).toBe('open-day')
    expect(ids('2021-09-16')).not.toContain('open-day')
  })

  it('late September: fewer dated events left, month-only ones fill in, marked 日期待定', () => {
    const h = homeEvents(events, campaign, '2021-09-20')
    expect(h.items).toHaveLength(3)
    expect(h.items[0].event.id).toBe('green-cert-week')
    expect(h.items[0].date).toMatchObject({ scope: 'national', start: '2021-09-27' })
    expect(h.items.slice(1).map((x) => timingLabel(x.timing))).toEqual(['日期待定', '日期待定'])
    expect(h.items.slice(1).map((x) => x.date.precision)).toEqual(['month', 'month'])
    // The green week runs to 1 October: still listed on the campaign's last day, and on 1 October.
    expect(ids('2021-09-30')[0]).toBe('green-cert-week')
    expect(homeEvents(events, campaign, '2021-10-01')).toMatchObject({ mode: 'upcoming', items: [{ event: { id: 'green-cert-week' }, timing: { kind: 'ongoing' } }] })
  })

  it('20 August: everything is counting down or 日期待定, nothing 进行中', () => {
    const h = homeEvents(events, campaign, '2021-08-20')
    expect(h.items.map((x) => x.timing.kind)).toEqual(['soon', 'soon', 'soon'])
    expect(events.map((e) => eventTiming(e, '2021-08-20').kind).filter((k) => k !== 'soon' && k !== 'unknown')).toEqual([])
  })

  it('after the campaign and its last known day: a look back at the main (dated) events, in date order', () => {
    const h = homeEvents(events, campaign, '2021-10-02')
    expect(h.mode).toBe('review')
    expect(h.items.map((x) => x.event.id)).toEqual(['service-cert-week', 'organic-cert-week', 'open-day', 'hangzhou-conference', 'green-cert-week'])
    expect(homeEvents(events, campaign, '2026-11-24')).toEqual(h)
  })

  it('an event known only to its month is never given a day', () => {
    expect(eventTiming(byId('elevator-week'), '2021-08-20')).toEqual({ kind: 'unknown' })
    expect(eventTiming(byId('elevator-week'), '2021-09-10')).toEqual({ kind: 'unknown' })
    expect(eventTiming(byId('elevator-week'), '2021-10-01')).toEqual({ kind: 'past' })
  })

  it('with no events there is nothing to show, not an error', () => {
    expect(homeEvents([], campaign, '2021-09-14')).toEqual({ mode: 'upcoming', items: [] })
    expect(homeEvents([], campaign, '2021-10-14')).toEqual({ mode: 'review', items: [] })
    expect(homeEvents([], campaign, '2021-09-30')).toEqual({ mode: 'upcoming', items: [] })
  })
})
