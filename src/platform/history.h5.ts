/**
 * H5: tab switches as browser history entries, and a small per-entry store for the way back.
 *
 * Taro 4.2.1's H5 switchTab replaces the current history entry (@tarojs/router api.js), so
 * after a tab switch the browser's back button left the app. Its router shows a tab page for
 * any address change that lands on a tab, whatever the history action (router/spa.js: the tab
 * branch comes before PUSH / POP / REPLACE), so a navigateTo to a tab is a tab switch that
 * pushes an entry, and back (POP) to it shows the cached tab again.
 */
import Taro from '@tarojs/taro'
import { TABS } from '@/routes'
import type { EntryState } from './history.shared'

/** The route in the address (hash router), "pages/home/index"; the first page when there is none. */
export function routeOf(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0] || TABS[0].path
}

export function switchTab(path: string): Promise<unknown> {
  // No route in the address (not yet routed): not known to be on a tab, Taro's way.
  const hash = typeof window === 'undefined' ? '' : window.location.hash
  const here = hash ? routeOf(hash) : ''
  const fromTab = TABS.some((t) => t.path === here)
  if (fromTab && `/${here}` !== path) return Taro.navigateTo({ url: path })
  // From a page that is not a tab, as WeChat does: that page is closed (its entry replaced).
  // The same tab again: no new entry (back would seem to do nothing).
  return Taro.switchTab({ url: path })
}

// Each entry gets an id of ours in history.state (beside Taro's), made when first asked for:
// Taro's first entry has no key of its own, and an id in the entry's state stays with it
// through reloads and back / forward. The values live in sessionStorage (this browser tab
// only), a few entries at most, the oldest dropped first.
const ID_FIELD = 'hqEntry'
export const STORE_KEY = 'hq-entry-state'
const MAX_ENTRIES = 30

type Store = Array<[id: string, values: Record<string, unknown>]>

function currentEntryId(): string | null {
  try {
    const state: unknown = window.history.state
    const id = state && typeof state === 'object' ? (state as Record<string, unknown>)[ID_FIELD] : undefined
    if (typeof id === 'string' && id) return id
    const made = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    const base = state && typeof state === 'object' ? state : {}
    window.history.replaceState({ ...base, [ID_FIELD]: made }, '')
    return made
  } catch {
    return null
  }
}

/** The store, or empty when missing or unreadable (a corrupt one is then overwritten by the next save). */
function readStore(): Store {
  try {
    const raw = window.sessionStorage.getItem(STORE_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : []
    if (!Array.isArray(parsed)) return []
    return parsed.filter((e): e is Store[number] => Array.isArray(e) && typeof e[0] === 'string' && !!e[1] && typeof e[1] === 'object' && !Array.isArray(e[1]))
  } catch {
    return []
  }
}

function writeStore(store: Store): void {
  try {
    window.sessionStorage.setItem(STORE_KEY, JSON.stringify(store.slice(-MAX_ENTRIES)))
  } catch {
    // Full or unavailable: the way back starts fresh, as for an entry never saved.
  }
}

export function entryState(name: string): EntryState {
  const id = typeof window === 'undefined' ? null : currentEntryId()
  return {
    read() {
      if (!id) return undefined
      return readStore().find(([e]) => e === id)?.[1][name]
    },
    save(value) {
      if (!id) return
      const store = readStore()
      const i = store.findIndex(([e]) => e === id)
      const values = i >= 0 ? store.splice(i, 1)[0][1] : {}
      store.push([id, { ...values, [name]: value }])
      writeStore(store)
    }
  }
}
