/**
 * Runs a probe script (tests/support/*-probe.ts) in a child process with the device time
 * zone `zone`: TZ must be set before Node starts to be honoured, so each zone needs its own
 * process. The probe prints JSON, returned parsed.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

export function runProbe<T>(probe: string, args: readonly string[], zone: string): T {
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), resolve(__dirname, probe), ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: zone }
  })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout) as T
}

/** For probes: the device's own calendar date at instant `ms` (what a local-time bug would use). */
export function deviceDate(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
