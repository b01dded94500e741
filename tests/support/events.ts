/** Events for model tests: a few dates of each precision and scope, and the real bundle's events. */
import type { CampaignEvent, EventDate } from '@/content'
import { edition } from '@/content/newest'

export const notice = { kind: 'notice', quote: '组织举办检验检测机构开放日活动。' } as const
export const pub = { kind: 'public', publisher: '某报', title: '报道', confidence: 'high' } as const

export function ev(id: string, dates: EventDate[], extra: Partial<CampaignEvent> = {}): CampaignEvent {
  return { id, title: id, summary: id, organiserId: 'amr', categoryId: 'x', description: ['x'], dates, ...extra }
}
export const month: Extract<EventDate, { precision: 'month' }> = { scope: 'hainan', precision: 'month', month: '2021-09', source: notice, note: '具体安排以主办单位通知为准' }
export const day = (date: string, scope: 'hainan' | 'national' = 'national'): EventDate => ({ scope, precision: 'day', date, source: pub })
export const range = (start: string, end: string, scope: 'hainan' | 'national' = 'national'): EventDate => ({ scope, precision: 'range', start, end, source: pub })

export const ids = (events: ReadonlyArray<{ id: string }>) => events.map((e) => e.id)
/** An event of the shipped bundle. */
export const byId = (id: string) => edition.events.find((e) => e.id === id)!
