/**
 * npm run test:weapp:editions — the weapp build with SYNTHETIC newer editions, in WeChat's
 * simulator: the real 2021 plus the synthetic 2022 and 2023 (tests/fixtures/synthetic-editions.ts),
 * so the main package bundles 2023 and 2021 and 2022 come from the 往届 subpackage with
 * require.async (docs/editions.md “加载”).
 *
 * 1. Builds a temporary copy of the project with the 2 synthetic editions (weapp only) into
 *    dist-bench/editions-2-weapp — the same build bench:size measures for the cost of an
 *    edition, which `bench:size --no-app-build` (CI) then reuses instead of building it again.
 *    --no-build tests the existing one.
 * 2. Runs tests/weapp/*.synthetic.test.ts against it (jest.weapp.config.js with WEAPP_SYNTHETIC=1
 *    and WEAPP_DIST), one worker. Other arguments go to jest.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { buildWithSyntheticEditions, editionsBuild } from './bench-size'

const ROOT = resolve(__dirname, '..')
const EDITIONS = 2

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const dist = editionsBuild(EDITIONS, 'weapp')
  if (!args.includes('--no-build')) await buildWithSyntheticEditions(EDITIONS, ['weapp'])
  if (!existsSync(join(dist, 'app.json'))) throw new Error(`${relative(ROOT, dist)} missing: run npm run test:weapp:editions without --no-build`)
  const jest = require.resolve('jest/bin/jest', { paths: [ROOT] })
  const rest = args.filter((a) => a !== '--no-build')
  const run = spawnSync(process.execPath, [jest, '-c', 'jest.weapp.config.js', '--maxWorkers=1', ...rest], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, WEAPP_SYNTHETIC: '1', WEAPP_DIST: dist }
  })
  process.exit(run.status ?? 1)
}

main().catch((err) => {
  console.error(`test:weapp:editions failed: ${(err as Error).message}`)
  process.exit(1)
})
