/**
 * H5 side of signed content updates (issue 27, docs/content-updates.md). Every use of the build
 * constant sits in an `if` webpack can decide at build time: without the two settings the
 * constant is null, the branches and the modules they require are dropped, and the build sends
 * no request (tests/e2e's "0 requests").
 */
import type { StoredUpdates, UpdateSettings } from '@/lib/content-updates'
import { afterFirstPaint } from './paint'
import { deviceStorage } from './storage'

declare const HQ_CONTENT_UPDATES: UpdateSettings | null

import { TIMEOUT_MS } from './content-update.shared'

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
    // The check (verifier, schema, crypto) is a chunk of its own, fetched once the page has loaded and painted.
    const check = () => afterFirstPaint(() => {
      import('@/lib/content-update-run')
        .then((m) => m.checkForUpdates({ settings, fetchText, storage: deviceStorage, now: () => new Date().toISOString() }))
        // A newly verified edition is used from the next screen on (pages already shown keep theirs).
        .then((r) => { if (r.accepted.length) store.adoptStoredUpdates(deviceStorage, settings) })
        .catch(() => undefined)
    })
    if (document.readyState === 'complete') check()
    else window.addEventListener('load', check, { once: true })
  }
}

export function readContentUpdates(): { origin: string; stored: StoredUpdates } | null {
  if (typeof HQ_CONTENT_UPDATES !== 'undefined' && HQ_CONTENT_UPDATES) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const store = require('@/lib/content-updates') as typeof import('@/lib/content-updates')
    return { origin: HQ_CONTENT_UPDATES.origin, stored: store.readUpdates(deviceStorage, HQ_CONTENT_UPDATES) }
  }
  return null
}
