/**
 * A restore from the back-forward cache reads persisted stores from storage again: another
 * tab may have changed them while this page was frozen.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistedOptions, type KeyValueStorage } from './persisted'
import { onPageRestore, pageRestored, rehydrateOnRestore } from './page-restore'

function memoryStorage(): KeyValueStorage & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>()
  return {
    values,
    read: (k) => values.get(k),
    write: (k, v) => values.set(k, v),
    remove: (k) => {
      values.delete(k)
    }
  }
}

type S = { size: string; setSize: (s: string) => void }

it('a persisted store shows what another tab stored meanwhile, repaired as on load', () => {
  const storage = memoryStorage()
  const useStore = create<S>()(persist((set) => ({ size: 'standard', setSize: (size) => set({ size }) }), persistedOptions<S, { size: string }>({
    key: 'hq:test-restore',
    version: 1,
    partialize: (s) => ({ size: s.size }),
    repair: (stored) => ({ size: (stored as { size?: unknown })?.size === 'large' ? 'large' : 'standard' }),
    storage
  })))
  rehydrateOnRestore(useStore)
  useStore.getState().setSize('large')
  // Another tab: back to standard.
  storage.values.set('hq:test-restore', { state: { size: 'standard' }, version: 1 })
  expect(useStore.getState().size).toBe('large')
  pageRestored()
  expect(useStore.getState().size).toBe('standard')
  // Whatever is found goes through repair, as on a fresh load.
  storage.values.set('hq:test-restore', 'corrupt')
  useStore.getState().setSize('large')
  storage.values.set('hq:test-restore', { state: { size: 42 }, version: 0 })
  pageRestored()
  expect(useStore.getState().size).toBe('standard')
})

it('a listener is called on each restore until it unsubscribes', () => {
  const fn = jest.fn()
  const off = onPageRestore(fn)
  pageRestored()
  pageRestored()
  off()
  pageRestored()
  expect(fn).toHaveBeenCalledTimes(2)
})

it('every persisted store under src/ is read again on a restore', () => {
  const src = join(__dirname, '..')
  const files: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name)
      if (e.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(full)
    }
  }
  walk(src)
  const missing: string[] = []
  let stores = 0
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const persisted = text.match(/persistedOptions<[^>(]*>\(\{/g)?.length ?? 0
    stores += persisted
    const restored = text.match(/^rehydrateOnRestore\(/gm)?.length ?? 0
    if (persisted !== restored) missing.push(`${relative(src, file)}: ${persisted} persisted store(s), ${restored} rehydrateOnRestore(…)`)
  }
  expect(missing).toEqual([])
  expect(stores).toBeGreaterThanOrEqual(5)
})
