import Taro from '@tarojs/taro'

/**
 * Our own privacy consent (weapp; privacy.h5.ts is the web page's, which never asks).
 *
 * Since 2023-10-17 (announced for 2023-09-15, postponed) WeChat holds every privacy API
 * (clipboard, phone calendar, album…) until the user has agreed to the mini-program's
 * 用户隐私保护指引. With a listener registered through wx.onNeedPrivacyAuthorization (base
 * library 2.32.3, as openPrivacyContract and the agreePrivacyAuthorization button; older
 * libraries hold nothing) WeChat asks us instead of showing its generic pop-up: the held API
 * waits until we call `resolve`:
 *   resolve({ event: 'exposureAuthorization' })   our sheet is on screen (once per request);
 *   resolve({ event: 'agree', buttonId })         after a tap on
 *       <Button openType='agreePrivacyAuthorization' id={buttonId}> (WeChat checks the tap);
 *   resolve({ event: 'disagree' })                the API then fails with
 *       "…:fail privacy permission is not authorized" (privacy-errors.ts), and the feature that
 *       asked explains what the user can do instead.
 * Pages show the sheet (features/display/PrivacySheet.weapp.tsx) while a request is pending.
 *
 * From base library 3.4.2 an API with its own authorisation dialog (addPhoneCalendar,
 * saveImageToPhotosAlbum) shows the privacy tick inside that dialog instead: no event comes,
 * and the API itself succeeds or fails (errno 104, or "auth deny"). So no flow may wait for
 * this listener: each awaits only its API's own answer (docs/privacy.md, "两种授权方式").
 */
import type { PrivacyRequest } from './privacy.shared'

export type { PrivacyRequest }

type ResolveOption = { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }
type Resolve = (o: ResolveOption) => void

/** The id of the sheet's agree button (WeChat checks that a button with this id was tapped). */
export const PRIVACY_AGREE_BUTTON_ID = 'hq-privacy-agree'

/** Whether this build can ask for consent itself (weapp: yes). */
export const PRIVACY_SHEET = true

let installed = false
let request: PrivacyRequest | null = null
let resolvers: Resolve[] = []
let exposed = false
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((fn) => fn())

/**
 * Registers our listener once (at launch). Resolves false where WeChat has no such API
 * (base library < 2.32.3: WeChat then shows its own pop-up, or none).
 */
export function installPrivacyConsent(): boolean {
  if (installed) return true
  const on = (Taro as unknown as { onNeedPrivacyAuthorization?: (fn: (resolve: Resolve, info?: { referrer?: string }) => void) => void })
    .onNeedPrivacyAuthorization
  if (typeof on !== 'function') return false
  try {
    on((resolve, info) => {
      // A second API asking while the sheet is up waits for the same answer.
      resolvers.push(resolve)
      if (!request) {
        request = { referrer: info?.referrer ?? '' }
        exposed = false
      }
      notify()
    })
    installed = true
  } catch {
    return false
  }
  return installed
}

export function subscribePrivacyRequest(fn: () => void): () => void {
  listeners.add(fn)
  return () => {
    listeners.delete(fn)
  }
}

/** The pending request, or null (a stable object while pending, for useSyncExternalStore). */
export function getPrivacyRequest(): PrivacyRequest | null {
  return request
}

function settle(option: ResolveOption) {
  const pending = resolvers
  resolvers = []
  request = null
  exposed = false
  for (const resolve of pending) {
    try {
      resolve(option)
    } catch {
      // WeChat's resolver threw: nothing more we can do for that API call
    }
  }
  notify()
}

/** The sheet is on screen: tell WeChat once per request. */
export function reportPrivacySheetShown(): void {
  if (!request || exposed) return
  exposed = true
  for (const resolve of resolvers) {
    try {
      resolve({ event: 'exposureAuthorization' })
    } catch {
      // not fatal
    }
  }
}

/** After the agree button (openType agreePrivacyAuthorization) was tapped. */
export function agreePrivacy(buttonId: string = PRIVACY_AGREE_BUTTON_ID): void {
  if (request) settle({ event: 'agree', buttonId })
}

export function disagreePrivacy(): void {
  if (request) settle({ event: 'disagree' })
}

/** Opens the 用户隐私保护指引 declared in the admin console (wx.openPrivacyContract). */
export function openPrivacyGuide(): Promise<boolean> {
  return new Promise((resolve) => {
    const open = (Taro as unknown as { openPrivacyContract?: (o: object) => unknown }).openPrivacyContract
    if (typeof open !== 'function') {
      resolve(false)
      return
    }
    try {
      const p = open({ success: () => resolve(true), fail: () => resolve(false) }) as Promise<unknown> | undefined
      // Promisified by Taro in some versions: a rejection is already answered by `fail`.
      if (p && typeof p.catch === 'function') p.catch(() => resolve(false))
    } catch {
      resolve(false)
    }
  })
}

/** For tests: forget any pending request and the listener. */
export function resetPrivacyForTests(): void {
  installed = false
  request = null
  resolvers = []
  exposed = false
  listeners.clear()
}
