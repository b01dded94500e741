/**
 * H5 only: the page a citizen opens starts downloading with the app shell, not after it.
 *
 * Taro's H5 router loads each page as an async chunk: the browser downloads app.js, runs it,
 * and only then does the router ask for the page's own chunk and the shared chunks it needs
 * (the components…), and the app for the current edition's content: a second round trip.
 *
 * This plugin writes into index.html a small inline script that reads the address (hash
 * router: `#/pages/events/index?…`; none means the first page) and adds, for that one page,
 * its chunks' <script async> and <link rel=stylesheet> tags, and the newest edition's chunk,
 * so they download in parallel with app.js. Only the opened page's files are fetched: a link to an event page fetches the
 * event page's chunks, not 首页's. Nothing is fetched twice: webpack's chunk loader reuses a
 * <script> whose src is the chunk's URL (and a chunk that already ran is simply installed),
 * and mini-css-extract reuses a stylesheet <link> with the chunk's href. The stylesheets are
 * `blocking="render"`, so the page never shows unstyled.
 *
 * The map is built after webpack's content hashing (the files' final names), from each
 * page's chunk group (its `import()` in Taro's app entry), leaving out what the entry itself
 * (app.js, app.css) already loads.
 */
import type { Compiler, Compilation } from 'webpack'

export type RouteFiles = Record<string, string[]>

// The request of a page's import() in Taro's app entry: relative to src/ (./pages/home/index) or absolute (…/src/pages/home/index).
const PAGE_REQUEST = /(?:^|^\.\/|\/src\/)((?:pages|packages)\/.+\/index)$/

/** The year of an edition chunk: the lazy require.context over src/content/editions/ (content/edition-files.h5.ts) asks for `./2021.json`. */
export function editionOfRequest(request: string | null | undefined, context: string | null | undefined): string | undefined {
  if (!request || !context || !/[\\/]content[\\/]editions$/.test(context)) return undefined
  return /^\.\/(\d{4})\.json$/.exec(request)?.[1]
}

/** The page path (e.g. `pages/home/index`) an `import()` request of Taro's app entry loads, or undefined. */
export function pageOfRequest(request: string | null | undefined): string | undefined {
  if (!request) return undefined
  const path = request.split('?')[0].replace(/\\/g, '/').replace(/\.(tsx?|jsx?)$/, '')
  return PAGE_REQUEST.exec(path)?.[1]
}

/**
 * The inline script for index.html. `files` are output paths (js/…, css/…) per page;
 * `defaultPage` is the page shown when the address names none (app.config's first page).
 * Each file is written once and the pages list indexes into it (the map stays about 1 KB).
 */
export function preloadScript(files: RouteFiles, defaultPage: string, publicPath: string): string {
  const all = [...new Set(Object.values(files).flat())]
  const index = new Map(all.map((f, i) => [f, i]))
  const pages = Object.fromEntries(Object.entries(files).map(([page, list]) => [page, list.map((f) => index.get(f))]))
  // ES5 on purpose: it runs before anything else, in any browser the H5 build supports.
  return `!function(){var a=${JSON.stringify(all)},m=${JSON.stringify(pages)},p=${JSON.stringify(publicPath)};` +
    `var h=location.hash.replace(/^#\\/?/,"").split("?")[0]||${JSON.stringify(defaultPage)};` +
    'var f=m[h];if(!f)return;var d=document;' +
    'for(var i=0;i<f.length;i++){var u=p+a[f[i]],e;' +
    'if(/\\.css$/.test(u)){e=d.createElement("link");e.rel="stylesheet";e.href=u;e.setAttribute("blocking","render")}' +
    'else{e=d.createElement("script");e.src=u;e.async=true}' +
    'd.head.appendChild(e)}}();'
}

/**
 * Adds `<script>…</script>` to the head right before its first stylesheet <link>, which is
 * after the app shell's own <script src> (so app.js, the biggest file, is asked for first)
 * and before its stylesheet (an inline script after a stylesheet would wait for it); with
 * no stylesheet, at the end of the head.
 */
export function injectIntoHtml(html: string, script: string): string {
  const headEnd = html.indexOf('</head>')
  if (headEnd < 0) throw new Error('route-preload: index.html has no </head>')
  const link = html.slice(0, headEnd).search(/<link[^>]*rel=["']?stylesheet/)
  const at = link >= 0 ? link : headEnd
  return html.slice(0, at) + `<script>${script}</script>` + html.slice(at)
}

export default class RoutePreloadPlugin {
  constructor(private options: { html?: string } = {}) {}

  apply(compiler: Compiler): void {
    const { Compilation: CompilationClass, sources } = compiler.webpack
    const htmlFile = this.options.html ?? 'index.html'
    compiler.hooks.thisCompilation.tap('hq-route-preload', (compilation: Compilation) => {
      compilation.hooks.processAssets.tap(
        // After RealContentHashPlugin (OPTIMIZE_HASH) has given the files their final names.
        { name: 'hq-route-preload', stage: CompilationClass.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH + 1 },
        () => {
          const html = compilation.getAsset(htmlFile)
          if (!html) return
          const initial = new Set<string>()
          for (const ep of compilation.entrypoints.values()) for (const c of ep.chunks) for (const f of c.files) initial.add(f)
          const files: RouteFiles = {}
          // The page shown when the address names none is app.config's first page: Taro's app
          // entry lists the pages' import()s in app.config's order, so it is the first of them.
          let first: { page: string; at: [number, number] } | undefined
          // Each edition's own chunk (H5 loads editions on demand: content/edition-files.h5.ts).
          const editions = new Map<string, string[]>()
          const filesOf = (group: (typeof compilation.chunkGroups)[number]) => {
            const out: string[] = []
            for (const chunk of group.chunks) for (const f of chunk.files) if (/\.(js|css)$/.test(f) && !initial.has(f)) out.push(f)
            return out
          }
          for (const group of compilation.chunkGroups) {
            if (group.isInitial()) continue
            const year = group.origins.map((o) => editionOfRequest(o.request, (o.module as { context?: string | null } | null)?.context)).find(Boolean)
            if (year) {
              editions.set(year, [...(editions.get(year) ?? []), ...filesOf(group)])
              continue
            }
            const origin = group.origins.find((o) => pageOfRequest(o.request))
            const page = pageOfRequest(origin?.request)
            if (!origin || !page) continue
            const loc = origin.loc as { start?: { line: number; column?: number } } | undefined
            const at: [number, number] = [loc?.start?.line ?? Infinity, loc?.start?.column ?? 0]
            if (!first || at[0] < first.at[0] || (at[0] === first.at[0] && at[1] < first.at[1])) first = { page, at }
            const list = new Set([...(files[page] ?? []), ...filesOf(group)])
            // Stylesheets first: they are small and the page waits for them anyway.
            files[page] = [...list].sort((a, b) => Number(b.endsWith('.css')) - Number(a.endsWith('.css')) || a.localeCompare(b))
          }
          if (!first) {
            compilation.errors.push(new compiler.webpack.WebpackError('route-preload: no page chunks found (is the H5 router still loading pages with import()?)'))
            return
          }
          // The app fetches the current edition as it starts (app.ts), whatever the page: usually the
          // newest. (When the newest starts more than 30 days ahead, the current one is the edition
          // before it (content/select-edition.ts) and this early fetch is the wrong file; the app then
          // fetches the right one itself, as without this plugin.)
          const newest = [...editions.keys()].sort().pop()
          if (newest) for (const page of Object.keys(files)) files[page] = [...new Set([...files[page], ...(editions.get(newest) ?? [])])]
          const publicPath = typeof compilation.outputOptions.publicPath === 'string' && compilation.outputOptions.publicPath !== 'auto'
            ? compilation.outputOptions.publicPath
            : '/'
          const script = preloadScript(files, first.page, publicPath)
          compilation.updateAsset(htmlFile, new sources.RawSource(injectIntoHtml(html.source.source().toString(), script)))
        }
      )
    })
  }
}
