/** Reading an iCalendar file back in tests (RFC 5545): unfolding, content lines, TEXT values. */
const CRLF = '\r\n'

/** RFC 5545 3.1 unfolding: remove every CRLF followed by one space or tab. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '')
}

/** Unescapes a TEXT value (the reverse of 3.3.11). */
export function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

/** Parses unfolded content lines into [name;params, value] pairs. */
export function contentLines(text: string): Array<{ name: string; params: string; value: string }> {
  return unfold(text).split(CRLF).filter(Boolean).map((line) => {
    const colon = line.indexOf(':')
    const head = line.slice(0, colon)
    const [name, ...params] = head.split(';')
    return { name, params: params.join(';'), value: line.slice(colon + 1) }
  })
}
