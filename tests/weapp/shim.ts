/**
 * Renders pages of the real WeChat build (`dist/`, made by
 * `NODE_ENV=production npx taro build --type weapp`) in WeChat's own component simulator,
 * under jest (jest.weapp.config.js, jsdom):
 *
 * - miniprogram-simulate (j-component + exparser, WeChat's custom-component engine) renders;
 * - miniprogram-compiler's `wcc` (WeChat's WXML compiler) compiles every .wxml/.wxs in dist/
 *   (Taro's base.wxml templates, comp.wxml, the pages' wxml) — simulate does this itself
 *   when `load()` gets a path and `compiler: 'official'`;
 * - this file plays the parts of the WeChat client that simulate does not have: the `App`,
 *   `getApp`, `getCurrentPages` and `Page` globals, launching the app and the page lifecycle.
 *
 * What happens, once per test file (jest gives each file a fresh module registry and jsdom):
 * 1. `require('miniprogram-simulate')` installs its `wx` API mock and its `Component` global.
 * 2. We define `App` (records the options object: Taro's app object is also `getApp()`),
 *    `getApp`, `getCurrentPages` (the live pages, oldest first) and `Page`.
 * 3. `require(dist/app.js)`: it requires ./common, ./vendors, ./taro, ./runtime itself (the
 *    webpack chunks; runtime.js installs `wx.webpackJsonp` and runs the queued chunks), then
 *    calls App(). We call `onLaunch` then `onShow` with launch options for the first page.
 * 4. `renderPage(path, query)`: simulate.load(dist/<path>) registers the page and the
 *    components its .json uses (`comp`, Taro's recursive template component) and executes
 *    their .js, which call `Page(opts)` / `Component(opts)`. Our `Page` turns the page options
 *    into component options: functions become `methods` (Taro's WXML binds events to the
 *    page method `eh`), `data` stays `data`, other fields are copied onto the instance, and
 *    lifetimes `attached` → onLoad(query) + onShow(), `ready` → onReady(),
 *    `detached` → onUnload(). `attach()` to a parent element fires attached/ready.
 * 5. Taro renders asynchronously (React commit → Taro's batched `this.setData` on the page).
 *    We wrap the instance's setData to notice the first call (the first paint): renderPage
 *    resolves then, or — given `until` — once the page shows what the test expects.
 *    (onLoad's 2nd parameter is Taro's pre-render hook, not a "rendered" callback: passing a
 *    function there makes Taro hand it the data and never call setData.)
 *
 * Waiting: tests wait for a condition, never for a quiet period or a fixed time. After a tap
 * (j-component's `dispatchEvent`, which reaches Taro's handler at once while React and Taro
 * update the page later) a test waits for what it expects next: `page.waitForText(…)`,
 * `page.waitForNoText(…)`, `page.waitFor(predicate, description)`, or `waitFor(…)` for a
 * condition outside any page (a wx mock called). A wait checks its condition at once, then
 * again on every DOM mutation (MutationObserver), after every setData of a page (and its
 * callback), and every 10 ms for conditions the DOM does not show (a wx mock called, a
 * canvas drawn); it resolves as soon as the condition holds and rejects after `timeoutMs`
 * (10 s by default) with the description and what the page shows. To assert that something
 * does NOT happen, first wait for the sign that the action is done (the new state's text),
 * then assert the absence; `page.hasShown(text)` tells whether the page showed a text at any
 * moment since it was rendered.
 *
 * Two details the simulator gets in the way of:
 * - simulate executes a component's .js with `require()` and then deletes `require.cache`;
 *   under jest that delete is a no-op and, anyway, webpack's own module cache would not run
 *   `Page(...)` twice. So the first execution of each file records the options it passed to
 *   Page/Component, and later loads of the same file (rendering a page again, or any second
 *   page: they all use `comp`) re-register those recorded options (see `runJs` below).
 * - Taro keeps per-page state in a closure of the page options (as in WeChat, where a page's
 *   options object is shared by all its instances); rendering the same page twice at once
 *   works for reading text, but unload pages you are done with (`unload()`/`unloadAllPages()`).
 *
 * App state persists between renders in one test file, as in WeChat: e.g. the app clock set
 * by a page's `now=YYYY-MM-DD` parameter stays set for pages rendered later in that file.
 */
import fs from 'fs'
import path from 'path'

/** The build under test: dist/, or the directory in $WEAPP_DIST (e.g. a copy to break on purpose). */
export const DIST = path.resolve(process.env.WEAPP_DIST || path.join(__dirname, '../../dist'))

/** The parts of dist/app.json these tests read. */
export interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string, pages: string[] }>
  subpackages?: Array<{ root: string, pages: string[] }>
  tabBar?: { list: Array<{ pagePath: string, text: string, iconPath?: string, selectedIconPath?: string }> }
}

export function readAppJson(): AppJson {
  const file = path.join(DIST, 'app.json')
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: build first with NODE_ENV=production npx taro build --type weapp`)
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson
}

/** Every page of app.json: the main package, then each subpackage (`root/page`). */
export function listPages(app: AppJson = readAppJson()): string[] {
  const subs = app.subPackages ?? app.subpackages ?? []
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/+$/, '')}/${p}`))]
}

/** A DOM node's text: all its text nodes concatenated (DOM textContent). */
export function textOf(node: Node | null | undefined): string {
  return node?.textContent ?? ''
}

/** Its text nodes one by one, trimmed, empty ones dropped (each Taro <Text> gives one). */
export function textNodesOf(node: Node | null | undefined): string[] {
  if (!node) return []
  const out: string[] = []
  const walker = node.ownerDocument!.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim()
    if (t) out.push(t)
  }
  return out
}

/** A text to look for: a substring, or a pattern. */
export type TextMatch = string | RegExp

/** Whether `text` contains `match` (a substring) or matches it (a pattern). */
export function matches(text: string, match: TextMatch): boolean {
  return typeof match === 'string' ? text.includes(match) : match.test(text)
}

const describeMatch = (m: TextMatch | TextMatch[]): string =>
  (Array.isArray(m) ? m : [m]).map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(' and ')

export interface RenderedPage {
  /** Page path as in app.json, e.g. `pages/home/index`. */
  path: string
  query: Record<string, string>
  /** The page's root DOM element (`<main>`; WeChat components render as `wx-view`, `wx-text`…). */
  root: HTMLElement
  /**
   * j-component's root component. Its querySelector/querySelectorAll take the source class
   * names (`.hq-button`; the DOM shows them prefixed, `main--hq-button`) and return
   * components whose `dispatchEvent('tap')` reaches Taro's event handler (onClick); then
   * wait for what the tap should bring (`await page.waitForText(…)`).
   */
  component: SimComponent
  /** The page instance (`this` in Taro's page options: $taroPath, setData, onShow…). */
  instance: PageInstance
  /** All text of the page, concatenated. */
  text(): string
  /** The page's text nodes, trimmed. */
  texts(): string[]
  /**
   * Resolves once `predicate()` holds (a throw counts as "not yet"); rejects after `timeoutMs`
   * with `description` and the page's current text. See the header: "Waiting".
   */
  waitFor(predicate: () => boolean, description: string, timeoutMs?: number): Promise<void>
  /** Resolves once the page's text contains (or matches) `match` — every one of an array. */
  waitForText(match: TextMatch | TextMatch[], timeoutMs?: number): Promise<void>
  /** Resolves once the page's text no longer contains (matches) `match`. */
  waitForNoText(match: TextMatch, timeoutMs?: number): Promise<void>
  /** Whether the page's text contained (matched) `match` at any moment since it was rendered. */
  hasShown(match: TextMatch): boolean
  /** Unloads the page (detached → onUnload), as navigating away would. */
  unload(): void
}

export interface RenderOptions {
  /**
   * What the page must show before renderPage resolves: a text (every one of an array), or a
   * predicate on the page. Without it renderPage resolves at the first paint (first setData).
   */
  until?: TextMatch | TextMatch[] | ((page: RenderedPage) => boolean)
  /** Give up (and fail) after this long (ms) — for the first paint, and again for `until`. */
  timeoutMs?: number
}

/** How long a wait may take before it fails (ms): generous, since a wait ends when its condition holds. */
export const WAIT_MS = 10_000

/**
 * Renders `pagePath` (as listed in app.json) with page parameters `query` — what
 * `wx.navigateTo({ url: '/' + pagePath + '?' + query })` would pass to onLoad — and resolves
 * at its first paint (Taro's first setData), or once it shows `options.until`.
 */
export async function renderPage(
  pagePath: string,
  query: Record<string, string> = {},
  options: RenderOptions = {}
): Promise<RenderedPage> {
  const { until, timeoutMs = WAIT_MS } = options
  const sim = boot()
  const clean = pagePath.replace(/^\/+/, '')
  if (!listPages().includes(clean)) throw new Error(`${clean} is not a page in dist/app.json`)

  const id = sim.simulate.load(path.join(DIST, clean), { compiler: 'official', rootPath: DIST })
  const component = sim.simulate.render(id)
  const firstPaint = new Promise<void>((resolve) => { sim.pending = { query: { ...query }, firstPaint: resolve } })
  const parent = document.createElement('parent-wrapper')
  document.body.appendChild(parent)
  // Every text the page shows, from its first paint on (for hasShown).
  const shown: string[] = []
  const noteText = () => {
    const t = textOf(component.dom)
    if (t !== shown[shown.length - 1]) shown.push(t)
  }
  const history = new MutationObserver(noteText)
  history.observe(parent, { subtree: true, childList: true, characterData: true })
  component.attach(parent) // attached → onLoad + onShow, ready → onReady
  sim.pending = null
  const root = component.dom
  const instance = sim.pageStack[sim.pageStack.length - 1]
  if (!root || !instance || instance.route !== clean) throw new Error(`${clean}: page did not attach`)

  await withTimeout(firstPaint, timeoutMs, `${clean}: Taro never called setData (no first paint)`)
  noteText()

  const page: RenderedPage = {
    path: clean,
    query: { ...query },
    root,
    component,
    instance,
    text: () => textOf(root),
    texts: () => textNodesOf(root),
    waitFor: (predicate, description, ms = WAIT_MS) =>
      waitUntil(predicate, `${clean}: ${description}`, ms, () => `It shows: ${clip(textOf(root))}`),
    waitForText: (match, ms) => {
      const all = Array.isArray(match) ? match : [match]
      return page.waitFor(() => all.every((m) => matches(textOf(root), m)), `waiting for ${describeMatch(match)}`, ms)
    },
    waitForNoText: (match, ms) => page.waitFor(() => !matches(textOf(root), match), `waiting for ${describeMatch(match)} to go`, ms),
    hasShown: (match) => {
      noteText()
      return shown.some((t) => matches(t, match))
    },
    unload() {
      history.disconnect()
      component.detach()
      parent.remove()
    }
  }
  sim.rendered.push(page)
  if (typeof until === 'function') await page.waitFor(() => until(page), 'waiting for the page\'s `until` condition', timeoutMs)
  else if (until !== undefined) await page.waitForText(until, timeoutMs)
  return page
}

/**
 * Resolves once `predicate()` holds — for conditions outside a page, such as a wx mock having
 * been called (a throw counts as "not yet"); rejects after `timeoutMs` with `description`.
 * See the header: "Waiting".
 */
export function waitFor(predicate: () => boolean, description: string, timeoutMs = WAIT_MS): Promise<void> {
  return waitUntil(predicate, description, timeoutMs)
}

/** Unloads every page rendered in this test file that is still loaded. */
export function unloadAllPages(): void {
  const sim = state
  if (!sim) return
  for (const page of sim.rendered.splice(0)) page.unload()
}

/**
 * Loads and launches the app if this test file has not yet (renderPage does it too), and
 * returns `getApp()` (Taro's app object) and simulate's `wx` mock — replace wx methods after
 * this call to observe them, e.g. `launchApp().wx.makePhoneCall = jest.fn()`.
 */
export function launchApp(): { app: Record<string, unknown>, wx: Record<string, unknown> } {
  const sim = boot()
  return { app: sim.app, wx: (globalThis as Record<string, unknown>).wx as Record<string, unknown> }
}

/** One call of WeChat's require.async, as the test runtime saw it (paths relative to the build). */
export interface RequireAsyncCall {
  /** The file whose `require` it was (the chunk the calling code is in), e.g. `common.js`. */
  from: string
  /** The path as passed. */
  path: string
  /** The file it names, relative to `from`'s folder (null for an absolute path). */
  resolved: string | null
}

interface RequireAsyncControl {
  calls: RequireAsyncCall[]
  mode: 'ok' | 'fail' | 'hold'
  held: Array<() => void>
}

function requireAsyncControl(): RequireAsyncControl {
  const g = globalThis as Record<string, unknown>
  g.__hqWeappRequireAsync ??= { calls: [], mode: 'ok', held: [] }
  return g.__hqWeappRequireAsync as RequireAsyncControl
}

/**
 * WeChat's `require.async` (分包异步化), as played by the test runtime (tests/support/weapp-runtime.js)
 * for the modules of the build: each call is recorded; `mode` says what downloads do from now
 * on — `ok` (arrive a little later: a timer, never at once), `fail` (reject as WeChat does
 * offline, `{ errMsg, mod }`, also after that timer) or `hold` (wait until `release()`, which
 * settles them by the mode then in force). Tests wait for the page's text, never for the timer.
 */
export const requireAsync = {
  get calls(): RequireAsyncCall[] { return requireAsyncControl().calls.slice() },
  setMode(mode: RequireAsyncControl['mode']): void { requireAsyncControl().mode = mode },
  /** How many downloads are held (mode `hold`). */
  get held(): number { return requireAsyncControl().held.length },
  release(): void { for (const settle of requireAsyncControl().held.splice(0)) settle() }
}

// ---------------------------------------------------------------------------------------------

/** The bits of miniprogram-simulate / j-component used here (its .d.ts pulls in global wx typings). */
interface SimComponent {
  dom: HTMLElement | undefined
  attach(parent: HTMLElement): void
  detach(): void
  querySelector(selector: string): SimComponent | undefined
  querySelectorAll(selector: string): SimComponent[]
  dispatchEvent(eventName: string, options?: unknown): void
}
interface Simulate {
  load(componentPath: string, options: { compiler: 'official', rootPath: string }): string
  render(id: string, properties?: Record<string, unknown>): SimComponent
}
type ComponentOptions = Record<string, unknown>
type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> }
type PageInstance = Record<string, unknown> & {
  route: string
  __route__: string
  options: Record<string, string>
  setData: (data: unknown, cb?: () => void) => void
  onLoad?: (query: Record<string, string>) => void
  onShow?: () => void
  onReady?: () => void
  onUnload?: () => void
}

interface State {
  simulate: Simulate
  app: Record<string, unknown>
  pageStack: PageInstance[]
  rendered: RenderedPage[]
  /** Set by renderPage while it attaches a page: the query and first-paint callback. */
  pending: { query: Record<string, string>, firstPaint: () => void } | null
}

let state: State | null = null

function boot(): State {
  if (state) return state
  const g = globalThis as Record<string, unknown>

  // 1. simulate: `wx` mock, `Component` global, the wcc compiler. Its utils module is the
  //    one its load() calls `runJs` on (looked up at call time, so we can replace it).
  const simulate = require('miniprogram-simulate') as Simulate
  const simUtils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void }
  const simulateComponent = g.Component as (opts: ComponentOptions) => void

  // 2. Executing a file records what it passed to Page()/Component(); see the header.
  const recorded = new Map<string, ComponentOptions>()
  const executing: string[] = []
  g.Component = (opts: ComponentOptions) => {
    const file = executing[executing.length - 1]
    if (file && !recorded.has(file)) recorded.set(file, opts)
    simulateComponent(opts)
  }
  simUtils.runJs = (file: string) => {
    const known = recorded.get(file)
    if (known) {
      simulateComponent({ ...known })
      return
    }
    executing.push(file)
    try {
      require(file)
    } finally {
      executing.pop()
    }
    if (!recorded.has(file)) throw new Error(`${path.relative(DIST, file)}.js did not call Page() or Component()`)
  }

  const pageStack: PageInstance[] = []
  let app: Record<string, unknown> | null = null
  g.App = (opts: Record<string, unknown>) => { app = opts }
  g.getApp = () => app
  g.getCurrentPages = () => pageStack.slice()
  g.Page = (opts: PageOptions) => {
    const file = executing[executing.length - 1]
    if (!file) throw new Error('Page() called outside a page file')
    ;(g.Component as (o: ComponentOptions) => void)(pageToComponent(opts, path.relative(DIST, file).split(path.sep).join('/')))
  }

  // 3. Load the app and launch it.
  require(path.join(DIST, 'app.js'))
  if (!app) throw new Error('dist/app.js did not call App()')
  const launched: Record<string, unknown> = app
  const launch = { path: listPages()[0], query: {}, scene: 1001, referrerInfo: {} }
  ;(launched.onLaunch as ((o: unknown) => void) | undefined)?.call(launched, launch)
  ;(launched.onShow as ((o: unknown) => void) | undefined)?.call(launched, launch)

  state = { simulate, app: launched, pageStack, rendered: [], pending: null }
  return state

  function pageToComponent(opts: PageOptions, route: string): ComponentOptions {
    const methods: Record<string, unknown> = {}
    const fields: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(opts)) {
      if (key === 'data') continue
      if (typeof value === 'function') methods[key] = value
      else fields[key] = value
    }
    return {
      data: opts.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance) {
          const pending = state?.pending
          Object.assign(this, fields)
          this.route = route
          this.__route__ = route
          this.options = pending?.query ?? {}
          pageStack.push(this)
          // Taro renders through this.setData; the first call is the first paint.
          const setData = this.setData
          let painted = false
          this.setData = (data: unknown, cb?: () => void) => {
            setData(data, () => {
              cb?.()
              recheckWaits()
            })
            if (!painted) {
              painted = true
              pending?.firstPaint()
            }
            recheckWaits()
          }
          // (onLoad's 2nd parameter is Taro's pre-render hook, not a callback: don't pass one.)
          this.onLoad?.({ ...this.options })
          this.onShow?.()
        },
        ready(this: PageInstance) {
          this.onReady?.()
        },
        detached(this: PageInstance) {
          const i = pageStack.indexOf(this)
          if (i >= 0) pageStack.splice(i, 1)
          this.onUnload?.()
        }
      }
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new Error(message)), ms) })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** The waits in progress: each re-checks its condition when called. */
const waits = new Set<() => void>()

/** Re-checks every wait in progress (after a page's setData). */
function recheckWaits(): void {
  for (const check of Array.from(waits)) check()
}

/** Conditions the DOM does not show (a wx mock called) are also re-checked this often (ms). */
const POLL_MS = 10

function waitUntil(predicate: () => boolean, description: string, timeoutMs: number, context?: () => string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let lastError: unknown
    const holds = () => {
      try {
        return predicate()
      } catch (err) {
        lastError = err
        return false
      }
    }
    if (holds()) {
      resolve()
      return
    }
    let done = false
    const check = () => {
      if (done || !holds()) return
      stop()
      resolve()
    }
    const timer = setTimeout(() => {
      if (done) return
      stop()
      const threw = lastError === undefined ? '' : ` (the last check threw: ${String(lastError)})`
      reject(new Error(`${description}: still not so after ${timeoutMs} ms${threw}.${context ? ` ${context()}` : ''}`))
    }, timeoutMs)
    const poll = setInterval(check, POLL_MS)
    const observer = new MutationObserver(check)
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
    waits.add(check)
    function stop(): void {
      done = true
      waits.delete(check)
      observer.disconnect()
      clearInterval(poll)
      clearTimeout(timer)
    }
  })
}

/** A page's text, shortened for an error message. */
function clip(text: string, max = 1500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
