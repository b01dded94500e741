/**
 * H5 side of signed content updates (issue 27, docs/content-updates.md). Every use of the build
 * constant sits in an `if` webpack can decide at build time: without the two settings the
 * constant is null, the branches and the modules they require are dropped, and the build sends
 * no request (tests/e2e's "0 requests").
 */
import type { StoredUpdates, UpdateSettings } from '@/lib/content-updates'
import { TIMEOUT_MS } from './content-update.shared'
import { afterFirstPaint } from './paint'
import { showsContent } from './page-content'
import { deviceStorage } from './storage'

declare const HQ_CONTENT_UPDATES: UpdateSettings | null

export { TIMEOUT_MS }

/** GET `url` as text: no cookies, revalidated with the host (docs: cache headers); rejects on an error status or after TIMEOUT_MS. */
export function fetchText(url: string): Promise<string> {
  const ctl = typeof AbortController === 'function' ? new AbortController() : undefined
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      ctl?.abort()
      reject(new Error('超时'))
    }, TIMEOUT_MS)
    fetch(url, { cache: 'no-cache', credentials: 'omit', signal: ctl?.signal })
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`)
        return r.text()
      })
      .then(resolve, reject)
      .finally(() => clearTimeout(timer))
  })
}

export function startContentUpdates(): void {
  if (typeof HQ_CONTENT_UPDATES !== 'undefined' && HQ_CONTENT_UPDATES) {
    const settings = HQ_CONTENT_UPDATES
    // Synchronously, so the first page already shows a stored update (small: no verifier).
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const store = require('@/lib/content-updates') as typeof import('@/lib/content-updates')
    store.adoptStoredUpdates(deviceStorage, settings)
    // The check (verifier, schema, crypto) is a chunk of its own, fetched once the first screen is shown.
    afterFirstScreen(() => {
      import('@/lib/content-update-run')
        .then((m) => m.checkForUpdates({ settings, fetchText, storage: deviceStorage, now: () => new Date().toISOString() }))
        // A newly verified edition is used from the next screen on (pages already shown keep theirs).
        .then((r) => { if (r.accepted.length) store.adoptStoredUpdates(deviceStorage, settings) })
        .catch(() => undefined)
    })
  }
}

/** After this long from the load event the check starts even if the first page never showed content. */
export const FIRST_SCREEN_WAIT_MS = 10_000

/**
 * Calls `done` once, when the first screen is on the phone: the page has loaded (its code, the
 * load event), its container shows its content (page-content.ts: the edition has arrived and
 * is rendered), that frame has been painted, and the browser is then idle (requestIdleCallback,
 * which also lets 首页 draw its lower part first; where there is none, the next task). The load
 * event alone comes too early: Taro renders the first page after it, and a check started then
 * fetched and ran its chunk while 首页 was being drawn (npm run bench:load --app, docs). Should the
 * page never show content (an error state with no text), the check starts FIRST_SCREEN_WAIT_MS
 * after the load event all the same.
 */
export function afterFirstScreen(done: () => void): void {
  let called = false
  let observer: MutationObserver | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const call = () => {
    if (called) return
    called = true
    observer?.disconnect()
    if (timer !== undefined) clearTimeout(timer)
    done()
  }
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(call, { timeout: 2000 })
    else setTimeout(call, 0)
  }
  const shown = () => {
    const page = document.querySelector('.taro_page')
    return !!page && showsContent(page)
  }
  const watch = () => {
    timer = setTimeout(call, FIRST_SCREEN_WAIT_MS)
    if (shown()) return void afterFirstPaint(whenIdle)
    observer = new MutationObserver(() => {
      if (!shown()) return
      observer?.disconnect()
      afterFirstPaint(whenIdle)
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] })
  }
  if (document.readyState === 'complete') watch()
  else window.addEventListener('load', watch, { once: true })
}

export function readContentUpdates(): { origin: string; stored: StoredUpdates } | null {
  if (typeof HQ_CONTENT_UPDATES !== 'undefined' && HQ_CONTENT_UPDATES) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const store = require('@/lib/content-updates') as typeof import('@/lib/content-updates')
    return { origin: HQ_CONTENT_UPDATES.origin, stored: store.readUpdates(deviceStorage, HQ_CONTENT_UPDATES) }
  }
  return null
}
