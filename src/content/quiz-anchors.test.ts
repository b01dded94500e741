/** Every notice anchor the quiz bank links to is one the 关于 tab can scroll to. */
import { edition } from '@/content/newest'
import { quiz } from '@/content/quiz'
import { NOTICE_TOP, noticeOutline } from './outline'

it('every anchor the bank links to is one the 关于 tab can scroll to', () => {
  const ids = new Set([NOTICE_TOP, ...noticeOutline(edition).flatMap((s) => s.paragraphs.map((p) => p.id))])
  for (const q of quiz.questions) if (q.source.kind === 'notice') expect([q.id, ids.has(q.source.anchor)]).toEqual([q.id, true])
})
