/**
 * Page parameters as text. The one decoder every page uses for what useRouter gives it:
 * WeChat hands a page its query as written in the path (still URL-encoded when the link was
 * built with routeUrl), while a value may also arrive already decoded. So a value is
 * decoded once when it holds an escape; a malformed escape is kept as written (the page then
 * shows it as unknown); a missing value is ''. Pure.
 */
export function decodeParam(value: string | null | undefined): string {
  if (!value) return ''
  if (!/%[0-9a-f]{2}/i.test(value)) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
