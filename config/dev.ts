import type { UserConfigExport } from '@tarojs/cli'
import type { Compiler, WebpackPluginInstance } from 'webpack'

/**
 * Development (`npm run dev:h5`, `npm run dev:weapp`: taro build --watch, NODE_ENV=development).
 * Dev output goes to its own folder, so a dev run never empties or overwrites a production
 * build (dist-h5/, dist/):
 * - H5: dist-h5-dev/ (served from memory by the dev server on http://127.0.0.1:10086/);
 * - weapp: dist-weapp-dev/, with its own project.config.json (Taro writes one with
 *   miniprogramRoot "./"): import that folder in WeChat DevTools while developing; the
 *   repository root (miniprogramRoot ./dist) shows the production build to preview and upload.
 */
const outputRoot = process.env.TARO_ENV === 'h5' ? 'dist-h5-dev' : `dist-${process.env.TARO_ENV}-dev`

/**
 * Applies a plugin to the dev server's compiler only. Taro's H5 prebundle compiles the
 * dependencies (node_modules/.taro/h5) with a compiler of its own that copies the app's
 * webpack plugins but has no dev server and no HMR, so React Refresh there printed
 * "Hot Module Replacement (HMR) is not enabled!" once per module, though the app's own
 * compiler has HMR (webpack-dev-server adds it) and refreshes edited components in place.
 */
class DevServerCompilerOnly {
  constructor(private plugin: WebpackPluginInstance) {}
  apply(compiler: Compiler) {
    if (compiler.options.devServer) this.plugin.apply(compiler)
  }
}

export default {
  outputRoot,
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    // hot: true rather than Taro's 'only': an edit React Refresh cannot apply in place (a
    // module that is not a component, e.g. content or a helper) reloads the page instead of
    // leaving it stale; the browser console then also says HMR is enabled, which it is.
    devServer: { host: '127.0.0.1', port: 10086, open: false, hot: true },
    // Runs after config/index.ts's h5.webpackChain (Taro's config merge calls both).
    webpackChain(chain) {
      // Taro's React plugin adds React Refresh (fastRefreshPlugin) in development.
      if (chain.plugins.has('fastRefreshPlugin')) {
        chain.plugin('fastRefreshPlugin').init((Plugin: new (...a: unknown[]) => WebpackPluginInstance, args: unknown[] = []) => new DevServerCompilerOnly(new Plugin(...args)))
      }
    }
  }
} satisfies UserConfigExport<'webpack5'>
