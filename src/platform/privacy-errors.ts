/**
 * WeChat's privacy errors, read the same way by every platform module (pure).
 *
 * Since 2023-10-17 every privacy API (clipboard, phone calendar, album…) is held until the
 * user agrees to the mini-program's 用户隐私保护指引 (base library ≥ 2.32.3). Two failures come from that:
 * - the user refused in our consent sheet, or (base library ≥ 3.4.2) left the privacy tick
 *   in WeChat's own authorisation dialog unticked: "<api>:fail privacy permission is not
 *   authorized" (errno 104) — the user's choice: say so and offer what they can do instead;
 * - "<api>:fail api scope is not declared in the privacy agreement" (errno 112): the API is
 *   missing from the guide declared in the admin console — OUR configuration error. Never ask
 *   the user to agree to anything then: say the function is unavailable, offer the fallback.
 */
export type PrivacyFailure = 'privacy-denied' | 'privacy-undeclared'

type WxError = { errMsg?: string; errno?: number; message?: string }

export function errorText(err: unknown): string {
  const e = err as WxError | undefined
  return String(e?.errMsg ?? e?.message ?? err ?? '')
}

/** Which privacy failure this is, or null for any other error. */
export function classifyPrivacyError(err: unknown): PrivacyFailure | null {
  const errno = (err as WxError | undefined)?.errno
  const msg = errorText(err).toLowerCase()
  if (errno === 112 || /not declared in the privacy agreement/.test(msg)) return 'privacy-undeclared'
  if (errno === 104 || /privacy permission is not authori[sz]ed/.test(msg)) return 'privacy-denied'
  return null
}

/**
 * The first half of what the screen says; the feature adds what to do instead.
 * `what` names the action, e.g. 复制, 添加到日历, 保存海报.
 */
export function privacyFailureText(reason: PrivacyFailure, what: string): string {
  return reason === 'privacy-denied'
    ? `您没有同意本程序的隐私保护指引，所以没有${what}。`
    : `${what}功能暂时不可用（本程序的设置问题，不是您的操作问题）。`
}
