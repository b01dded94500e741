/**
 * The quiz's notice anchors are the 关于 tab's: validate-quiz.ts checks a quote against the
 * paragraph its anchor names (content cannot import a feature), and the notice feature
 * renders the paragraphs with their ids. Both must name the same paragraphs with the same words.
 */
import { edition } from '@/content'
import { noticeParagraphTexts } from '@/content/validate-quiz'
import { NOTICE_TOP, noticeOutline, paragraphText } from '@/features/notice/model'

it('every paragraph the validator knows is rendered under the same id with the same words', () => {
  const rendered = new Map(noticeOutline(edition).flatMap((s) => s.paragraphs.map((p) => [p.id, paragraphText(p)] as const)))
  for (const [id, text] of noticeParagraphTexts(edition)) {
    if (id === NOTICE_TOP) continue // the header: its lines are rendered by NoticeDocument itself
    expect([id, rendered.has(id)]).toEqual([id, true])
    expect([id, rendered.get(id)]).toEqual([id, text])
  }
})

it('every anchor the bank links to is one the 关于 tab can scroll to', () => {
  const ids = new Set([NOTICE_TOP, ...noticeOutline(edition).flatMap((s) => s.paragraphs.map((p) => p.id))])
  for (const q of edition.quiz.questions) if (q.source.kind === 'notice') expect([q.id, ids.has(q.source.anchor)]).toEqual([q.id, true])
})
