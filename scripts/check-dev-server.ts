/**
 * npm run check:dev — proves the README's run command works: starts `npm run dev:h5` in a
 * process group of its own, waits (at most --timeout seconds, 240 by default) for
 * http://127.0.0.1:10086/ to answer, then checks
 *   - the page: HTTP 200, HTML with the app's root element and its <script> tags;
 *   - each script: HTTP 200 and not empty;
 *   - (when Chromium is installed) the app renders: 首页 shows the theme, no page error;
 * and stops the whole process group it started — also when the checks fail, on an error,
 * or on Ctrl-C / SIGTERM. Exit code 0 when all is well, 1 otherwise (with the end of the
 * dev server's log). CI runs it (.ci/run); so can you, when nothing else uses port 10086.
 * It leaves nothing behind, on every way out: its one temp folder (/tmp/hq-dev-h5-*: the log,
 * and Chromium's and Playwright's temp files) is removed, Chromium closed, and dist-h5-dev/
 * (which dev:h5 creates, empty: it serves from memory) removed if it was not there before.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
const URL_ROOT = 'http://127.0.0.1:10086/'

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const n = Number(process.argv[i + 1])
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number of seconds`)
  return n
}

const timeoutMs = option('timeout', 240) * 1000
const logDir = mkdtempSync(join(tmpdir(), 'hq-dev-h5-'))
const logFile = join(logDir, 'dev-h5.log')
const DEV_OUTPUT = join(ROOT, 'dist-h5-dev') // config/dev.ts
const hadDevOutput = existsSync(DEV_OUTPUT)
let child: ChildProcess | undefined
/** The Chromium of checkRenders while it runs, closed on an interruption too. */
let browser: { close(): Promise<void> } | undefined
/** Set by Ctrl-C / SIGTERM: the check stops, which is not a failure to report. */
let interrupted = false

/** True while any process of the group started below is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

/** Stops the dev server's process group: SIGTERM, then SIGKILL after 10 s. */
async function stopServer(): Promise<void> {
  const pgid = child?.pid
  if (!pgid || !groupAlive(pgid)) return
  signalGroup(pgid, 'SIGTERM')
  const deadline = Date.now() + 10_000
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(200)
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL')
}

// On every way out (normal end, process.exit, an uncaught error; synchronous): the server's
// group if still there (last resort), and the log's temp folder (its tail is printed first on failure).
process.on('exit', () => {
  if (child?.pid && groupAlive(child.pid)) signalGroup(child.pid, 'SIGKILL')
  rmSync(logDir, { recursive: true, force: true })
  if (!hadDevOutput) rmSync(DEV_OUTPUT, { recursive: true, force: true })
})
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    interrupted = true
    console.error(`${sig}: stopping the dev server and Chromium, removing ${logDir}`)
    void Promise.allSettled([browser?.close(), stopServer()]).finally(() => process.exit(sig === 'SIGINT' ? 130 : 143))
  })
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

async function get(url: string, ms = 30_000): Promise<{ status: number; type: string; body: string } | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(ms) })
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() }
  } catch {
    return undefined
  }
}

/** The end of the dev server's log, without terminal progress bars and colours. */
function logTail(lines = 60): string {
  if (!existsSync(logFile)) return '(no log)'
  // eslint-disable-next-line no-control-regex
  const text = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
  return text.split(/\r?\n/).filter((l) => l.trim()).slice(-lines).join('\n')
}

async function waitForPage(started: number): Promise<{ body: string; type: string }> {
  let exited: number | null | undefined
  child!.on('exit', (code) => {
    exited = code
  })
  while (Date.now() - started < timeoutMs) {
    if (exited !== undefined) throw new Error(`npm run dev:h5 exited (code ${exited}) before serving ${URL_ROOT}`)
    // webpack-dev-middleware holds requests until the first compilation is done.
    const res = await get(URL_ROOT, Math.max(1000, timeoutMs - (Date.now() - started)))
    if (res?.status === 200) return res
    await sleep(2000)
  }
  throw new Error(`${URL_ROOT} did not answer within ${timeoutMs / 1000} s`)
}

async function checkRenders(theme: string): Promise<string> {
  const { CHROMIUM, launchBrowser } = await import('../tests/e2e/support/browser')
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`
  // Playwright's and Chromium's temp files (profile, artifacts, org.chromium.Chromium.*) in
  // this check's folder: a Chromium stopped mid-page leaves some behind.
  process.env.TMPDIR = mkdtempSync(join(logDir, 'chromium-'))
  const launched = await launchBrowser()
  browser = launched
  try {
    const page = await launched.newPage({ viewport: { width: 375, height: 812 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${URL_ROOT}?now=2021-09-14#/pages/home/index`)
    await page.getByText(theme).first().waitFor({ timeout: 60_000 })
    if (errors.length) throw new Error(`page errors in Chromium:\n  ${errors.join('\n  ')}`)
    return `首页 shows “${theme}”, no page error`
  } finally {
    browser = undefined
    await launched.close()
  }
}

async function main(): Promise<void> {
  if (await get(URL_ROOT, 3000)) {
    throw new Error(`something already answers on ${URL_ROOT} (a dev server of yours?): stop it first, this check starts its own`)
  }
  const started = Date.now()
  const out = openSync(logFile, 'a')
  // detached: a new session and process group (setsid), so the whole tree — npm, taro,
  // webpack's workers — can be stopped together with kill(-pgid).
  child = spawn('npm', ['run', 'dev:h5'], { cwd: ROOT, detached: true, stdio: ['ignore', out, out] })
  closeSync(out) // the child has its own copy
  console.log(`started npm run dev:h5 (process group ${child.pid}; log ${logFile}, removed when this check ends)`)

  const page = await waitForPage(started)
  console.log(`${URL_ROOT} answered after ${((Date.now() - started) / 1000).toFixed(0)} s`)

  const problems: string[] = []
  if (!/html/.test(page.type)) problems.push(`content-type is ${page.type}, not HTML`)
  if (!/<div id="app">/.test(page.body)) problems.push('no <div id="app"> in the page')
  const scripts = [...page.body.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])
  if (!scripts.length) problems.push('the page names no <script src>')
  for (const src of scripts) {
    const res = await get(new URL(src, URL_ROOT).href)
    const ok = res?.status === 200 && res.body.length > 0
    console.log(`  ${src}: ${res ? `HTTP ${res.status}, ${res.body.length} characters` : 'no answer'}${ok ? '' : '  ← FAIL'}`)
    if (!ok) problems.push(`${src} did not load`)
  }
  if (problems.length) throw new Error(problems.join('\n'))

  const theme = JSON.parse(readFileSync(join(ROOT, 'src/content/editions/2021.json'), 'utf8')).theme as string
  console.log(`Chromium: ${await checkRenders(theme)}`)
}

main()
  .then(async () => {
    await stopServer()
    console.log('dev server: ok (stopped)')
  })
  .catch(async (err) => {
    if (interrupted) return // the signal handler stops everything and exits
    console.error(`dev server check failed: ${(err as Error).message}`)
    console.error(`--- end of the dev server's log ---\n${logTail()}`)
    await stopServer()
    process.exit(1)
  })
