/** An event's chat card says its first date as the event page does on that day. */
import { edition } from '@/content/newest'
import { eventShareCard } from './share-card'

const event = (id: string) => edition.events.find((e) => e.id === id)!

it('names the first date; once its month is over, an undated event says its day was never published', () => {
  expect(eventShareCard(edition, event('open-day'), '2021-09-14').card.subtitle).toBe('9月15日 · 全国启动')
  expect(eventShareCard(edition, event('elevator-week'), '2021-09-14').card.subtitle).toBe('2021年9月内 · 具体安排以主办单位通知为准')
  const later = eventShareCard(edition, event('elevator-week'), '2026-12-07')
  expect(later.card.subtitle).toBe('2021年9月内 · 海南的具体日期未公布')
  // Other words, another picture: the card drawn in September is not reused.
  expect(later.key).not.toBe(eventShareCard(edition, event('elevator-week'), '2021-09-14').key)
  expect(eventShareCard(edition, undefined, '2026-12-07').key).toBe('event:none')
})
