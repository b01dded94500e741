import type { UserConfigExport } from '@tarojs/cli'

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

export default {
  outputRoot,
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: { host: '127.0.0.1', port: 10086, open: false }
  }
} satisfies UserConfigExport<'webpack5'>
