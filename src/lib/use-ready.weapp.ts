import { useReady } from '@tarojs/taro'

/** weapp: content never waits for its edition (all bundled), so this is Taro's useReady (see use-ready.ts). */
export function useReadyOrMount(fn: () => void, _mountedLate: boolean): void {
  useReady(fn)
}
