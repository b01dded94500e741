/**
 * Structural checks of the production weapp build in dist/ (NODE_ENV=production npx taro build
 * --type weapp): page files, tabBar icons, no network URLs or network calls, and that every
 * privacy-relevant WeChat API the code calls is named in README's "## 隐私 · Privacy" section.
 *
 * Which chunks are "ours"? Taro's webpack config (MiniCombination.getOptimization in
 * @tarojs/webpack5-runner) splits the build like this:
 *   taro.js     cacheGroup `taro`: only modules of @tarojs/* packages (priority 100). It holds
 *               Taro's API proxy, which lists the name of every wx API — scanning it would
 *               "find" every API, so it is skipped;
 *   runtime.js  webpack's bootstrap (runtimeChunk), no application code: skipped;
 *   vendors.js  npm modules used by 2+ entries; common.js: our modules used by 2+ entries;
 *   app.js, pages/**.js, comp.js  entry chunks: our app and page code plus any npm module
 *               only that entry uses (app.js carries react-reconciler);
 *   subpackages get <root>/sub-vendors.js and <root>/sub-common/*.js.
 * Everything except the two skipped files is scanned (SCANNED_JS) — npm code we ship counts
 * as ours, because a library calling wx.getLocation needs disclosing too. A new chunk is
 * scanned automatically. A test below checks that our source really lands in scanned chunks.
 *
 * Detection: WeChat/Taro API names are object properties (`r().makePhoneCall({…})`,
 * `wx.getLocation`, `openType:"getPhoneNumber"`), and minifiers never rename properties or
 * strings, so a whole-word match of the name in a scanned chunk finds every static use.
 * (A name built at run time, like Taro[a + b], would not be found; don't write that.)
 */
import fs from 'fs'
import path from 'path'
import { ARCHIVE_EDITIONS_DIR } from '../../config/archive-editions'
import { DIST, listPages, readAppJson } from './shim'

const ROOT = path.resolve(__dirname, '../..')

/** dist .js files not scanned for API use (see the header). */
const TARO_RUNTIME_CHUNKS = ['taro.js', 'runtime.js']

/**
 * Network URLs allowed in dist because they are text inside Taro's or React's code, never
 * requested. Exact strings; keep this list small and say why each is harmless.
 */
const VENDOR_URLS: Record<string, string> = {
  // React's production build shortens error messages to a link to its error decoder.
  'https://reactjs.org/docs/error-decoder.html?invariant=': 'React error message text',
  // Taro runtime's Location/URL polyfill uses this as its placeholder origin.
  'https://taro.com': "Taro's placeholder location origin"
}

/**
 * WeChat APIs that send data off the phone. Our code (SCANNED_JS) must not call them: the app
 * "does not send any data" (README). URLs from the content bundle may appear only as text.
 */
const NETWORK_APIS = [
  'request', 'downloadFile', 'uploadFile', 'connectSocket', 'createTCPSocket', 'createUDPSocket',
  'reportAnalytics', 'reportEvent', 'reportMonitor', 'reportPerformance', 'getRealtimeLogManager',
  'callFunction', 'callContainer'
]

/**
 * Privacy-relevant WeChat APIs and button open-types: each one the build uses must be named
 * in README's privacy section. WeChat's privacy-guide list plus APIs that act on the user's
 * behalf (dialling, calendar, sharing, opening another mini-program).
 */
const PRIVACY_APIS = [
  // acts for the user / leaves the app
  'makePhoneCall', 'addPhoneCalendar', 'addPhoneRepeatCalendar', 'addPhoneContact',
  'navigateToMiniProgram', 'openEmbeddedMiniProgram', 'showShareImageMenu', 'shareFileMessage',
  'shareVideoMessage', 'shareToWeRun', 'openCustomerServiceChat',
  // clipboard
  'setClipboardData', 'getClipboardData',
  // the privacy consent itself (our own sheet) and images shown to save by long-press
  'onNeedPrivacyAuthorization', 'openPrivacyContract', 'requirePrivacyAuthorize', 'getPrivacySetting', 'agreePrivacyAuthorization',
  'previewImage',
  // photos, camera, files, microphone
  'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum', 'chooseImage', 'chooseMedia', 'chooseVideo',
  'chooseMessageFile', 'createCameraContext', 'startRecord', 'getRecorderManager', 'joinVoIPChat',
  'createLivePusherContext',
  // location
  'getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate',
  'startLocationUpdateBackground', 'onLocationChange', 'openLocation',
  // identity, contacts, addresses, invoices, health
  'getUserProfile', 'getUserInfo', 'getPhoneNumber', 'getRealtimePhoneNumber', 'chooseAvatar',
  'chooseAddress', 'chooseInvoice', 'chooseInvoiceTitle', 'chooseContact', 'getWeRunData',
  'chooseLicensePlate', 'selectGroupMembers', 'login', 'authorize',
  // devices
  'openBluetoothAdapter', 'createBLEPeripheralServer', 'startWifi', 'connectWifi',
  'startHCE', 'getNFCAdapter'
]

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? walk(full) : [full]
  })
}

const rel = (file: string) => path.relative(DIST, file).split(path.sep).join('/')
const ALL_FILES = fs.existsSync(DIST) ? walk(DIST) : []
const TEXT_FILES = ALL_FILES.filter((f) => /\.(js|wxml|json|wxss|wxs)$/.test(f))
const SCANNED_JS = ALL_FILES.filter((f) => f.endsWith('.js') && !TARO_RUNTIME_CHUNKS.includes(rel(f)))
const read = (file: string) => fs.readFileSync(file, 'utf8')
const wordRe = (name: string) => new RegExp(`(?<![\\w$-])${name}(?![\\w$-])`)

/** Files (relative to dist) whose text contains `name` as a whole word, with a snippet each. */
function uses(name: string, files: string[]): string[] {
  const re = wordRe(name)
  return files.flatMap((f) => {
    const text = read(f)
    const m = re.exec(text)
    return m ? [`${rel(f)}: …${text.slice(Math.max(0, m.index - 40), m.index + name.length + 40)}…`] : []
  })
}

/** All strings of a parsed JSON value. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(jsonStrings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings)
  return []
}

const EDITIONS_DIR = path.join(ROOT, 'src/content/editions')
const EDITIONS = fs.readdirSync(EDITIONS_DIR).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(read(path.join(EDITIONS_DIR, f))) as unknown)
/** The repository's editions (<year>.json; quiz banks are <year>.quiz.json). */
const EDITIONS_FILES = fs.readdirSync(EDITIONS_DIR).filter((f) => /^\d{4}\.json$/.test(f))
/** URLs of the content bundles (sources, channel websites): data shown as text. */
const CONTENT_URLS = new Set(EDITIONS.flatMap(jsonStrings).filter((s) => /^(https?|wss?):\/\//.test(s)))

test('dist/ holds a weapp build', () => {
  expect(fs.existsSync(path.join(DIST, 'app.json'))).toBe(true)
  for (const f of ['app.js', 'app.wxss', 'base.wxml', ...TARO_RUNTIME_CHUNKS]) {
    expect([f, fs.existsSync(path.join(DIST, f))]).toEqual([f, true])
  }
})

describe('pages', () => {
  const pages = listPages()

  test.each(pages)('%s has its .js, .wxml and .json (and any .wxss) and they are sound', (page) => {
    const base = path.join(DIST, page)
    const missing = ['.js', '.wxml', '.json'].filter((ext) => !fs.existsSync(base + ext))
    if (missing.length) throw new Error(`dist/${page}: missing ${missing.join(', ')}`)

    // The page's chunk registers this page (Taro passes the page path to createPageConfig).
    const js = read(`${base}.js`)
    expect(js).toContain(JSON.stringify(page))
    expect(js).toMatch(/\bPage\(/)

    // usingComponents, WXML imports and WXSS imports all resolve.
    const json = JSON.parse(read(`${base}.json`)) as { usingComponents?: Record<string, string> }
    for (const [name, target] of Object.entries(json.usingComponents ?? {})) {
      const t = target.startsWith('/') ? path.join(DIST, target) : path.resolve(path.dirname(base), target)
      for (const ext of ['.js', '.json', '.wxml']) {
        if (!fs.existsSync(t + ext)) throw new Error(`dist/${page}.json: component ${name} → ${target}${ext} missing`)
      }
    }
    for (const m of read(`${base}.wxml`).matchAll(/<(?:import|include)\s+src="([^"]+)"/g)) {
      if (!fs.existsSync(path.resolve(path.dirname(base), m[1]))) throw new Error(`dist/${page}.wxml imports missing ${m[1]}`)
    }
    if (fs.existsSync(`${base}.wxss`)) {
      const wxss = read(`${base}.wxss`)
      // Taro writes an empty .wxss for a subpackage page whose styles are all shared with
      // main-package pages (they went to common.wxss, which app.wxss imports); any other
      // page's .wxss must not be empty.
      const app = readAppJson()
      const inSubpackage = (app.subPackages ?? app.subpackages ?? []).some((s) => page.startsWith(`${s.root.replace(/\/+$/, '')}/`))
      const appImportsCommon = /@import\s+["']\.\/common\.wxss["']/.test(read(path.join(DIST, 'app.wxss')))
      if (wxss.trim().length === 0) expect([page, 'empty .wxss', inSubpackage && appImportsCommon]).toEqual([page, 'empty .wxss', true])
      for (const m of wxss.matchAll(/@import\s+["']([^"']+)["']/g)) {
        if (!fs.existsSync(path.resolve(path.dirname(base), m[1]))) throw new Error(`dist/${page}.wxss imports missing ${m[1]}`)
      }
    }
  })

  test('the main package is under WeChat\'s 2 MB limit', () => {
    const app = readAppJson()
    const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/+$/, '') + '/')
    const main = ALL_FILES.filter((f) => !subRoots.some((r) => rel(f).startsWith(r)))
    const bytes = main.reduce((n, f) => n + fs.statSync(f).size, 0)
    expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024)
  })
})

test('syntax older WeChat clients cannot run (?., ??, catch without a binding) is compiled to ES5 on upload: project.config.json turns on es6 and enhance', () => {
  // Taro's weapp output keeps modern syntax (the project's browserslist targets modern
  // engines); WeChat's developer tool compiles it to ES5 when uploading only with these set.
  const modern = ALL_FILES.filter((f) => f.endsWith('.js') && /\?\.[\w$(\[]|\?\?|catch\s*\{/.test(read(f)))
  expect(modern.length).toBeGreaterThan(0)
  const setting = (JSON.parse(read(path.join(ROOT, 'project.config.json'))) as { setting: { es6?: boolean; enhance?: boolean } }).setting
  expect({ es6: setting.es6, enhance: setting.enhance }).toEqual({ es6: true, enhance: true })
})

test('the 往届 editions are uploaded although no file imports them: project.config.json keeps files the dependency analysis calls unused', () => {
  // packages/archive/editions/<year>.js are reached only through require.async with a path
  // built at run time (content/edition-files.weapp.ts), which WeChat's developer tool cannot
  // follow: with its default filters it would leave them out of the preview and the upload.
  const setting = (JSON.parse(read(path.join(ROOT, 'project.config.json'))) as { setting: Record<string, unknown> }).setting
  expect({ upload: setting.ignoreUploadUnusedFiles, dev: setting.ignoreDevUnusedFiles }).toEqual({ upload: false, dev: false })
})

test('WeChat search: app.json points to sitemap.json, which is in dist and disallows the draft page', () => {
  const app = JSON.parse(read(path.join(DIST, 'app.json'))) as { sitemapLocation?: string }
  expect(app.sitemapLocation).toBe('sitemap.json')
  const file = path.join(DIST, 'sitemap.json')
  if (!fs.existsSync(file)) throw new Error('dist/sitemap.json missing: config/index.ts copies src/sitemap.json for weapp')
  const sitemap = JSON.parse(read(file)) as { rules: Array<{ action: string, page: string }> }
  expect(sitemap.rules).toContainEqual({ action: 'disallow', page: 'packages/complaints/draft/index' })
  for (const r of sitemap.rules) if (r.page !== '*') expect(listPages()).toContain(r.page)
})

describe('tabBar', () => {
  const app = readAppJson()
  const list = app.tabBar?.list ?? []

  test('every tab is a main-package page', () => {
    for (const tab of list) expect([tab.pagePath, app.pages.includes(tab.pagePath)]).toEqual([tab.pagePath, true])
  })

  const icons = list.flatMap((t) => [t.iconPath, t.selectedIconPath]).filter((p): p is string => !!p)
  test.each(icons)('icon %s exists, is a 81×81 PNG of at most 40 KB', (icon) => {
    const file = path.join(DIST, icon)
    if (!fs.existsSync(file)) throw new Error(`tabBar icon dist/${icon} missing`)
    const png = fs.readFileSync(file)
    expect(png.length).toBeLessThanOrEqual(40 * 1024)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([81, 81])
  })
})

describe('editions: the newest bundled in the main package, the others in the 往届 subpackage (require.async)', () => {
  const years = EDITIONS_FILES.map((f) => f.slice(0, 4)).sort()
  const newest = years[years.length - 1]
  /** Text only an edition's content has (not its meta, which the main package carries for every edition). */
  const marker = (year: string) => (JSON.parse(read(path.join(EDITIONS_DIR, `${year}.json`))) as { document: { title: string } }).document.title
  const archived = ALL_FILES.filter((f) => rel(f).startsWith(`${ARCHIVE_EDITIONS_DIR}/`)).map(rel)

  test(`the newest edition (${newest}) is in the main package's common.js, once`, () => {
    const withIt = SCANNED_JS.filter((f) => read(f).includes(marker(newest))).map(rel)
    expect(withIt).toEqual(['common.js'])
  })

  test('every other edition is packages/archive/editions/<year>.js and nowhere else (the repository: none)', () => {
    expect(archived).toEqual(years.filter((y) => y !== newest).map((y) => `${ARCHIVE_EDITIONS_DIR}/${y}.js`))
    for (const year of years.filter((y) => y !== newest)) {
      expect([year, SCANNED_JS.filter((f) => read(f).includes(marker(year))).map(rel)]).toEqual([year, [`${ARCHIVE_EDITIONS_DIR}/${year}.js`]])
    }
  })

  test('the require.async path is relative to the file the loader is in: it is only in root-level files, as WeChat\'s require.async', () => {
    // src/content/edition-files.weapp.ts calls require.async('./packages/archive/editions/<year>.js'):
    // a path relative to the calling file, right only while that file is at the package root.
    // A chunking change that moved the loader into a subfolder would break it silently.
    const withPath = SCANNED_JS.filter((f) => read(f).includes(`./${ARCHIVE_EDITIONS_DIR}/`)).map(rel)
    expect(withPath.length).toBeGreaterThan(0)
    expect(withPath.filter((f) => f.includes('/'))).toEqual([])
    for (const f of withPath) expect([f, read(path.join(DIST, f)).includes(`require.async(\`./${ARCHIVE_EDITIONS_DIR}/`)]).toEqual([f, true])
  })
})

describe('no network', () => {
  test('every URL in dist is a known vendor string or content-bundle text', () => {
    const bad: string[] = []
    for (const f of TEXT_FILES) {
      for (const m of read(f).matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>()\\]*/g)) {
        const url = m[0]
        if (url in VENDOR_URLS || CONTENT_URLS.has(url)) continue
        bad.push(`${rel(f)}: ${url}`)
      }
    }
    if (bad.length) {
      throw new Error(
        `network URLs in dist (the app must not load anything; if one is harmless text in Taro/React code, ` +
        `add it to VENDOR_URLS in tests/weapp/build.weapp.test.ts with the reason):\n${bad.join('\n')}`
      )
    }
  })

  test('the allow-list is not stale', () => {
    const all = TEXT_FILES.map(read).join('\n')
    for (const url of Object.keys(VENDOR_URLS)) expect([url, all.includes(url)]).toEqual([url, true])
  })

  test.each(NETWORK_APIS)('our code does not call %s (content URLs are only text)', (api) => {
    const found = uses(api, SCANNED_JS)
    if (found.length) throw new Error(`${api} is used in dist:\n${found.join('\n')}`)
  })

  test('nothing embeds a web page (no web-view in the templates)', () => {
    const found = ALL_FILES.filter((f) => f.endsWith('.wxml') && /<web-view\b/.test(read(f))).map(rel)
    expect(found).toEqual([])
  })
})

describe('privacy', () => {
  test('our source lands in the scanned chunks, not in the skipped Taro ones', () => {
    // Markers of our code that survive minification: content text and our platform call.
    const markers = ['琼质强省办〔2021〕5号', 'makePhoneCall({phoneNumber'].map((s) => JSON.stringify(s).slice(1, -1))
    const skipped = ALL_FILES.filter((f) => TARO_RUNTIME_CHUNKS.includes(rel(f)))
    const ascii = (s: string) => s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    for (const marker of markers) {
      // webpack may emit CJK as-is or as \uXXXX escapes.
      const inFile = (f: string) => read(f).includes(marker) || read(f).includes(ascii(marker))
      expect([marker, SCANNED_JS.some(inFile)]).toEqual([marker, true])
      expect([marker, skipped.filter(inFile).map(rel)]).toEqual([marker, []])
    }
  })

  test('every privacy-relevant WeChat API the build uses is named in README "## 隐私 · Privacy"', () => {
    const readme = read(path.join(ROOT, 'README.md'))
    const section = /^## 隐私 · Privacy\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1]
    if (!section) throw new Error('README.md has no "## 隐私 · Privacy" section')
    const missing = PRIVACY_APIS
      .map((api) => ({ api, where: uses(api, SCANNED_JS) }))
      .filter(({ api, where }) => where.length > 0 && !wordRe(api).test(section))
    if (missing.length) {
      throw new Error(
        'README.md "## 隐私 · Privacy" must name every privacy-relevant WeChat API the build uses. Missing:\n' +
        missing.map(({ api, where }) => `- ${api}, used in:\n    ${where.join('\n    ')}`).join('\n')
      )
    }
  })
})
