import Taro from '@tarojs/taro'
import { certainlyAbsent } from './stored-key'

/**
 * Local storage on the phone (wx storage / localStorage on H5), never thrown at callers:
 * a failed read is "nothing stored"; a failed write is reported to subscribers, so a
 * screen can tell the user while what is on screen stays as it is.
 */
export type StorageFailure = { key: string; message: string }

const listeners = new Set<(f: StorageFailure | null) => void>()

/** Called with the failure on each failed write, and with null after a write succeeds again. */
export function onStorageFailure(fn: (f: StorageFailure | null) => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

let failing = false
function report(f: StorageFailure | null) {
  if (f === null && !failing) return
  failing = f !== null
  listeners.forEach((fn) => fn(f))
}

export function readStored(key: string): unknown {
  try {
    if (certainlyAbsent(key)) return undefined
    const value = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  } catch {
    return undefined
  }
}

export function writeStored(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, value)
    report(null)
    return true
  } catch (err) {
    report({ key, message: (err as { errMsg?: string; message?: string })?.errMsg ?? (err as Error)?.message ?? String(err) })
    return false
  }
}

/** Removes a key; false (and reported to subscribers) when storage refused. */
export function removeStored(key: string): boolean {
  try {
    Taro.removeStorageSync(key)
    return true
  } catch (err) {
    report({ key, message: (err as { errMsg?: string; message?: string })?.errMsg ?? (err as Error)?.message ?? String(err) })
    return false
  }
}

/** The three calls as one object, for lib/persisted.ts (its KeyValueStorage). */
export const deviceStorage = { read: readStored, write: writeStored, remove: removeStored }
