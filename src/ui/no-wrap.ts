/**
 * Where a text must not break: dates, counts, numbers with their measure word, phone numbers,
 * document numbers and times, which a line break would split ("2021年9 / 月", "13 / 天后").
 * Chinese breaks between any two characters, so in running text these are wrapped in a
 * nowrap span (ui/NoWrap.tsx); short lines use the keep-words mixin (styles/mixins.scss).
 * Pure: no React, so the parts can be tested alone.
 */

/** The runs kept whole, longest first at each place (the alternation is tried in order). */
const KEEP = new RegExp([
  // 2021年9月6日, 2021年9月, 9月1日–30日, 9月27日–10月1日 (a range stays whole with its dash).
  '(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?(?:[–-](?:\\d{1,2}月)?\\d{1,2}日)?',
  // 〔2021〕5号
  '〔\\d{4}〕\\d+号',
  // 0898-65396470
  '\\d{3,4}[-－]\\d{7,8}',
  // 21:30
  '\\d{1,2}[:：]\\d{2}',
  // （12项）, （0）
  '[（(]\\d+[^）)\\s\\d]{0,2}[）)]',
  // 13天后, 10个, 16条, 0/1000字, 36.50元
  '\\d+(?:\\.\\d+)?(?:\\/\\d+)?[项条道天个题字元号周届]后?'
  // A bare number (12315, 2021) needs nothing: browsers and WeChat do not break between digits.
].join('|'), 'g')

export type Part = { text: string; keep: boolean }

/** `text` cut into runs to keep whole (`keep`) and the text between them, in order; joined they are `text`. */
export function keepTogether(text: string): Part[] {
  const parts: Part[] = []
  let last = 0
  for (const m of text.matchAll(KEEP)) {
    const at = m.index ?? 0
    if (at > last) parts.push({ text: text.slice(last, at), keep: false })
    parts.push({ text: m[0], keep: true })
    last = at + m[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), keep: false })
  return parts
}
