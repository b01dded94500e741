/**
 * Line breaking for Chinese text on a canvas (the posters). Pure: the caller passes a `measure`
 * function (on a canvas: ctx.measureText with the font set).
 *
 * Rules:
 * - The data separates a slogan's two halves with a space ("坚持质量第一 建设质量强省"):
 *   each space-separated phrase is kept whole on one line when it fits, and is broken
 *   inside only when it is wider than the line (then into lines of even length). Two
 *   phrases that fit side by side share a line, with their space.
 * - A line never starts with a closing mark (、，。：；！？”）》 …) nor ends with an
 *   opening one (“（《 …): a mark travels with the character it belongs to.
 * - A run of Latin letters or digits (2021, 12315) is never split.
 * - A single unit wider than the line is put alone on a line (it cannot be made to fit).
 */

export type Measure = (text: string) => number

/** Marks that must not start a line. */
export const CLOSING_MARKS = '、，。：；！？”’）》」』】〕〉…,.;:!?)]}%'
/** Marks that must not end a line. */
export const OPENING_MARKS = '“‘（《「『【〔〈([{'

const isClosing = (ch: string) => CLOSING_MARKS.includes(ch)
const isOpening = (ch: string) => OPENING_MARKS.includes(ch)
const isWordChar = (ch: string) => /[A-Za-z0-9]/.test(ch)

/**
 * Splits a phrase (no spaces) into unbreakable units: one Chinese character, or one
 * Latin/digit run, with any opening marks before it and closing marks after it attached.
 */
export function units(phrase: string): string[] {
  const out: string[] = []
  let pendingOpen = ''
  for (const ch of Array.from(phrase)) {
    if (isOpening(ch)) {
      pendingOpen += ch
      continue
    }
    if (isClosing(ch)) {
      if (pendingOpen) {
        // “” with nothing inside: keep the marks together as one unit.
        out.push(pendingOpen + ch)
        pendingOpen = ''
      } else if (out.length > 0) {
        out[out.length - 1] += ch
      } else {
        out.push(ch)
      }
      continue
    }
    const last = out[out.length - 1]
    if (!pendingOpen && last !== undefined && isWordChar(ch) && isWordChar(last[last.length - 1]) && !isClosing(last[last.length - 1])) {
      out[out.length - 1] = last + ch
      continue
    }
    out.push(pendingOpen + ch)
    pendingOpen = ''
  }
  if (pendingOpen) {
    if (out.length > 0) out[out.length - 1] += pendingOpen
    else out.push(pendingOpen)
  }
  return out
}

/** Greedy fill of units into lines no wider than `limit` (a unit wider than that stands alone). */
function greedy(parts: string[], limit: number, measure: Measure): string[] {
  const lines: string[] = []
  let cur = ''
  for (const u of parts) {
    if (cur === '' || measure(cur + u) <= limit) {
      cur += u
    } else {
      lines.push(cur)
      cur = u
    }
  }
  if (cur !== '') lines.push(cur)
  return lines
}

/**
 * Breaks a phrase wider than the line into as few lines as greedy filling needs, with
 * lengths as even as possible (no lone character on the last line).
 */
function breakPhrase(phrase: string, maxWidth: number, measure: Measure): string[] {
  const parts = units(phrase)
  const widest = greedy(parts, maxWidth, measure)
  const k = widest.length
  if (k <= 1) return widest
  const total = measure(phrase)
  const start = Math.min(total / k, maxWidth)
  const STEPS = 24
  for (let i = 0; i <= STEPS; i++) {
    const limit = start + ((maxWidth - start) * i) / STEPS
    const lines = greedy(parts, limit, measure)
    if (lines.length <= k) return lines
  }
  return widest
}

/** Wraps `text` into lines no wider than `maxWidth` (see the rules above). */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const phrases = text.split(/\s+/).filter((p) => p !== '')
  const lines: string[] = []
  let cur = ''
  for (const phrase of phrases) {
    const joined = cur === '' ? phrase : `${cur} ${phrase}`
    if (measure(joined) <= maxWidth) {
      cur = joined
      continue
    }
    if (cur !== '') {
      lines.push(cur)
      cur = ''
    }
    if (measure(phrase) <= maxWidth) {
      cur = phrase
      continue
    }
    const broken = breakPhrase(phrase, maxWidth, measure)
    lines.push(...broken.slice(0, -1))
    cur = broken[broken.length - 1] ?? ''
  }
  if (cur !== '') lines.push(cur)
  return lines
}
