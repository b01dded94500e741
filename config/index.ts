import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { NormalModuleReplacementPlugin } from 'webpack'
import taroComponentsPerModule from './h5-components'
import RoutePreloadPlugin from './route-preload'
import { editionMetas } from './edition-metas'
import ArchiveEditionsPlugin, { newestEditionYear } from './archive-editions'
import { H5_STAND_INS } from './h5-stand-ins'
import { contentUpdateConstants } from './content-updates'

const EDITIONS_DIR = resolve(__dirname, '../src/content/editions')

/**
 * A malformed content bundle never ships: every build runs the same check as
 * `npm run content:check` first and stops with its `path: reason` lines.
 * (A child process, because Taro compiles only the config folder itself.)
 */
function assertContentValid() {
  const root = resolve(__dirname, '..')
  try {
    execFileSync(process.execPath, [require.resolve('tsx/cli', { paths: [root] }), resolve(root, 'scripts/content-check.ts')], { cwd: root, stdio: 'inherit' })
  } catch {
    throw new Error('content bundle check failed: see the problems above (npm run content:check)')
  }
}

const NODE_MODULES = /[\\/]node_modules[\\/]/

/**
 * H5 chunks. Taro loads each page as its own async chunk and, by default, splits only
 * initial chunks, so every page carried its own copy of the components, the content
 * bundle and the features. Here code used by two or more pages is shared and
 * downloaded once; a page's own chunk keeps only its own code.
 */
const h5SplitChunks = {
  chunks: 'all' as const,
  minSize: 0,
  cacheGroups: {
    default: false as const,
    defaultVendors: false as const,
    // Third-party code (Taro's components, React helpers, zustand) used by 2+ chunks.
    vendors: { test: NODE_MODULES, minChunks: 2, priority: 20, reuseExistingChunk: true },
    // The content module (edition metas, loading): one chunk every page that reads it shares.
    // Each edition's data (editions/<year>.json) is its own lazily loaded chunk
    // (src/content/edition-files.h5.ts); helpers in src/content (the notice outline…) go with the pages that use them.
    content: { test: /[\\/]src[\\/]content[\\/](index|edition-files\.h5)\.ts$/, name: 'content', minChunks: 2, priority: 15 },
    // The quiz bank (editions/<year>.quiz.json): data only the quiz page reads, in a chunk of
    // its own so the page's code stays small and the bank is cached on its own.
    quizBank: { test: /[\\/]src[\\/]content[\\/]editions[\\/][^\\/]+\.quiz\.json$/, name: 'quiz-bank', chunks: 'async' as const, minChunks: 1, priority: 16, enforce: true },
    // Our own code used by 2+ pages, in chunks of at least 4 KB (source; about 1.3 KB gzip).
    // Smaller pieces (the Card, a hook, the search entry…) are copied into the pages that use
    // them: each extra file costs a request and its own gzip framing, more than the copy.
    common: { minChunks: 2, minSize: 4096, priority: 10, reuseExistingChunk: true }
  }
}

/** Writes webpack's stats (chunks and their modules) to a file, for the size benchmark. */
class StatsFile {
  constructor(private file: string) {}
  apply(compiler: { hooks: { done: { tap: (n: string, f: (stats: { toJson: (o: object) => unknown }) => void) => void } } }) {
    compiler.hooks.done.tap('hq-stats', (stats) => {
      writeFileSync(this.file, JSON.stringify(stats.toJson({
        all: false, chunks: true, chunkModules: true, nestedModules: true, dependentModules: true, ids: true,
        chunkModulesSpace: Infinity, nestedModulesSpace: Infinity, groupModulesByType: false, groupModulesByPath: false,
        groupModulesByExtension: false, groupModulesByAttributes: false, groupModulesByCacheStatus: false, groupModulesByLayer: false
      })))
    })
  }
}

/** terser's own default compress options, which Taro's mini-program defaults turn off, and a second pass. */
const TERSER_COMPRESS = {
  collapse_vars: true, comparisons: true, computed_props: true, hoist_props: true, inline: true,
  loops: true, negate_iife: true, properties: true, reduce_funcs: true, reduce_vars: true,
  switches: true, typeofs: true, passes: 2
}

/** H5: terser's own defaults instead of Taro's H5 ones (see the terser option below). */
const H5_TERSER = { keep_fnames: false, output: { ascii_only: false, quote_keys: false, keep_quoted_props: false } }

// https://docs.taro.zone/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  assertContentValid()

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'hainan-quality-month',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    // `@/x` is src/x before Taro picks the platform file, so `@/platform/motion` finds
    // motion.weapp.ts or motion.h5.ts when there is no plain motion.ts (docs/platform-files.md);
    // the tsconfig-paths plugin maps only to a file that exists under the name as written.
    alias: { '@': resolve(__dirname, '../src') },
    // HQ_OUTPUT_ROOT: another folder, for a second build beside these (npm test's H5 build with
    // content updates configured, dist-h5-updates/).
    outputRoot: process.env.HQ_OUTPUT_ROOT || (process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist'),
    // weapp: base.wxml without the templates of components nothing renders (see the file).
    plugins: [resolve(__dirname, 'weapp-templates.js'), resolve(__dirname, 'weapp-template-trim.js')],
    // Every edition's year, name, dates and event ids (config/edition-metas.ts), so the app can
    // pick the current edition and list 往届 without loading any edition's content. Computed
    // when the build starts: in watch mode (dev:h5, dev:weapp) restart it after adding a year's file.
    // weapp: HQ_NEWEST_EDITION names the one edition the main package bundles; the others are
    // files in the 往届 subpackage loaded with require.async (config/archive-editions.ts).
    defineConstants: {
      HQ_EDITION_METAS: JSON.stringify(editionMetas(EDITIONS_DIR)),
      HQ_NEWEST_EDITION: JSON.stringify(newestEditionYear(EDITIONS_DIR)),
      ...contentUpdateConstants(process.env, EDITIONS_DIR)
    },
    // weapp: WeChat search rules (app.config.ts sitemapLocation); Taro does not copy it itself.
    copy: { patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/sitemap.json' }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's mini-program terser settings write every non-ASCII character as \uXXXX, which
    // made each Chinese character of the content bundle 6 bytes instead of 3 (about 31 KB of
    // the main package). WeChat reads UTF-8 source, so the text stays as it is.
    terser: {
      enable: true,
      config: {
        output: { ascii_only: false },
        // weapp: Taro's mini-program defaults switch off most of terser's compress steps
        // (inlining, reduce_vars, collapse_vars…); turned back on (output still ES5), the
        // main package is 5 KB smaller, Taro's runtime and React included.
        ...(process.env.TARO_ENV === 'weapp' ? { compress: TERSER_COMPRESS } : {}),
        // H5: Taro's H5 defaults keep every function's name (keep_fnames) and quote every
        // object key ("a":1, quote_keys, keep_quoted_props). Nothing here reads a function's
        // name or depends on a key's quotes, so names are mangled and keys written bare, as
        // terser does by default.
        ...(process.env.TARO_ENV === 'h5' ? H5_TERSER : {})
      }
    },
    // weapp: template levels in base.wxml (Taro's default 16; each level past the sixth is
    // ~1.7 KB of the main package, more with the aria-* attributes). Levels 0–6 are templates;
    // a node past level 6 would render through Taro's comp component (slower to update). The
    // deepest node of any page, in the states that nest deepest, is at level 5:
    // tests/weapp/templates.weapp.test.ts renders them, prints that level and fails if any
    // node needs comp or fewer than one level is left to spare.
    baseLevel: 8,
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      // Style order across chunks is set by our own imports (tokens first); mixing pages in
      // one common.wxss makes mini-css-extract warn about an order it cannot promise.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Every edition but the newest, as files of the 往届 subpackage (config/archive-editions.ts).
        chain.plugin('hq-archive-editions').use(ArchiveEditionsPlugin, [EDITIONS_DIR])
        if (process.env.HQ_STATS) chain.plugin('hq-stats').use(StatsFile, [process.env.HQ_STATS])
      }
    },
    h5: {
      // Taro's HTML components (@tarojs/components-react: View is a <div>, Text a <span>,
      // Input an <input>…) instead of its Stencil web components. 首页 then loads no Stencil
      // runtime and no custom-element definitions: about 15 KB gzip less JS, and the theme
      // paints sooner on a slow phone (docs/size-and-performance.md). Canvas and Textarea exist only as
      // Stencil components; the pages that use them load them (config/h5-components.ts).
      // CustomWrapper too: H5 does without it (src/ui/UpdateScope.h5.tsx).
      useHtmlComponents: true,
      publicPath: '/',
      staticDirectory: 'static',
      // Images are files, never inlined into the JavaScript (Taro inlines files under 2 KB
      // by default, which put the 8 tab icons in app.js). `limit: true` means "inline none".
      imageUrlLoaderOption: { limit: true },
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.optimization.splitChunks(h5SplitChunks)
        // Canvas and Textarea, Stencil-only, each in a module of its own (config/h5-components.ts).
        const babel = chain.module.rule('script').use('babelLoader')
        babel.tap((options: { plugins?: unknown[] }) => ({ ...options, plugins: [...(options.plugins ?? []), taroComponentsPerModule] }))
        // The opened page's chunks download with app.js, not after it (config/route-preload.ts).
        chain.plugin('hq-route-preload').use(RoutePreloadPlugin)
        // Taro modules the H5 build replaces with the app's own files (config/h5-stand-ins.ts).
        for (const { name, pattern, file } of H5_STAND_INS) chain.plugin(name).use(NormalModuleReplacementPlugin, [pattern, resolve(__dirname, file)])
        if (process.env.HQ_STATS) chain.plugin('hq-stats').use(StatsFile, [process.env.HQ_STATS])
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
