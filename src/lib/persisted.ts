/**
 * Zustand persistence over the phone's storage, with a schema version and repair.
 *
 * What is stored: `{ state, version }`. On load, whatever is found — an old version,
 * a foreign or corrupt value — goes through the feature's `repair`, which keeps each
 * field that is still valid and resets the rest. A page never crashes on stored state.
 */
import type { PersistOptions, PersistStorage } from 'zustand/middleware'

export type Repair<P> = (stored: unknown) => P

/**
 * Where values are kept, passed in by the store (platform/storage.ts `deviceStorage` in the
 * app), so this module does not depend on the platform. Never throws: a failed read is
 * "nothing stored".
 */
export type KeyValueStorage = {
  read(key: string): unknown
  write(key: string, value: unknown): unknown
  remove(key: string): void
}

export function persistedOptions<S, P>(opts: {
  /** Storage key; prefix with the app's name, e.g. `hq:favourites`. */
  key: string
  version: number
  /** The part of the state to store (plain data only). */
  partialize: (s: S) => P
  /** Turns anything found in storage into a valid stored slice. */
  repair: Repair<P>
  /** The phone's storage (platform/storage.ts `deviceStorage`). */
  storage: KeyValueStorage
}): PersistOptions<S, P> {
  const store = opts.storage
  const storage: PersistStorage<P> = {
    getItem: (name) => {
      const raw = store.read(name)
      if (raw === undefined || raw === null) return null
      const box = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
      const version = typeof box.version === 'number' ? box.version : -1
      // An unrecognised shape is handed to repair as-is via migrate (version -1).
      return { state: ('state' in box ? box.state : raw) as P, version }
    },
    setItem: (name, value) => {
      store.write(name, value)
    },
    removeItem: (name) => store.remove(name)
  }
  return {
    name: opts.key,
    version: opts.version,
    storage,
    partialize: opts.partialize,
    migrate: (stored) => opts.repair(stored),
    merge: (stored, current) => ({ ...current, ...opts.repair(stored) })
  }
}
