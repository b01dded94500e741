/**
 * The build-based test suites test a production build; without one they would time out
 * test by test (e2e: minutes of waiting). Their jest globalSetup (require-h5-build.ts,
 * require-weapp-build.ts) calls this first: no build → one clear line and exit code 1.
 */
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

const TARGETS = {
  h5: { dir: () => resolve(process.env.H5_DIST || join(ROOT, 'dist-h5')), file: 'index.html', command: 'npm run build:h5' },
  weapp: { dir: () => resolve(process.env.WEAPP_DIST || join(ROOT, 'dist')), file: 'app.json', command: 'npm run build:weapp' }
} as const

export function requireBuild(target: keyof typeof TARGETS): void {
  const { dir, file, command } = TARGETS[target]
  const path = join(dir(), file)
  if (existsSync(path)) return
  process.stderr.write(`\nNo ${target} build: ${relative(ROOT, path) || path} is missing. Run ${command} first.\n\n`)
  process.exit(1)
}
