/**
 * What must hold for the newest edition, whichever year it is: the logic of the tests that mean
 * "the newest edition" (src/content/outline.test.ts, quiz-anchors.test.ts), shared with the test
 * that drafts a new year through content:new (new-year.test.ts). Each returns what fails, as
 * readable lines ([] when all holds), so a failing test names the anchor or paragraph.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Edition, Quiz } from '../../src/content/schema'
import { hasAnchor, NOTICE_TOP, noticeOutline, paragraphText } from '../../src/content/outline'

export const SOURCE_DIR = resolve(__dirname, '../../src/content/source')

/** The source text of `year`'s edition: the one notice-<year>-….txt in `dir` (as content:check finds it). */
export function noticeTextOf(year: string, dir: string = SOURCE_DIR): string {
  const names = readdirSync(dir).filter((n) => n.startsWith(`notice-${year}-`) && n.endsWith('.txt'))
  if (names.length !== 1) throw new Error(`expected one notice-${year}-….txt in ${dir}, found ${names.length}`)
  return readFileSync(join(dir, names[0]), 'utf8')
}

const squash = (s: string) => s.replace(/\s+/g, '')

/** Every section and paragraph has an anchor id, unique and usable as a CSS #id, that hasAnchor knows. */
export function anchorFailures(edition: Edition): string[] {
  const outline = noticeOutline(edition)
  const ids = [NOTICE_TOP, ...outline.map((s) => s.anchor), ...outline.flatMap((s) => s.paragraphs.map((p) => p.id))]
  const seen = new Set<string>()
  const out: string[] = []
  for (const id of ids) {
    if (seen.has(id)) out.push(`${id}: not unique`)
    seen.add(id)
    if (!/^[a-z][a-z0-9-]*$/.test(id)) out.push(`${id}: not usable as a CSS #id`)
    if (!hasAnchor(outline, id)) out.push(`${id}: hasAnchor does not know it`)
  }
  for (const id of ['', 'notice-none', `notice-work-${edition.sections.work.points.length + 1}`]) {
    if (hasAnchor(outline, id)) out.push(`${JSON.stringify(id)}: hasAnchor knows an anchor the outline does not have`)
  }
  return out
}

/** Every paragraph of the outline, as 复制 copies it, is text of the edition's notice. */
export function paragraphFailures(edition: Edition, noticeText: string): string[] {
  const notice = squash(noticeText)
  return noticeOutline(edition).flatMap((s) => s.paragraphs)
    .filter((p) => !notice.includes(squash(paragraphText(p))))
    .map((p) => `${p.id}: not text of the notice: ${paragraphText(p).slice(0, 40)}`)
}

/** Every notice anchor the bank links to is one the 关于 tab can scroll to in its edition. */
export function quizAnchorFailures(edition: Edition, quiz: Quiz): string[] {
  const outline = noticeOutline(edition)
  return quiz.questions
    .filter((q) => q.source.kind === 'notice' && !hasAnchor(outline, q.source.anchor))
    .map((q) => `${q.id}: no paragraph ${q.source.kind === 'notice' ? q.source.anchor : ''}`)
}
