import type { UserConfigExport } from '@tarojs/cli'

/**
 * webpack's size hints for the production H5 build, tied to the budgets npm run bench:size
 * checks against the Taro hello-world (scripts/baseline/taro-hello). webpack sees raw bytes,
 * not gzip, so these are the raw-size side of the same budgets:
 * - the entrypoint (the app shell every page loads: framework, runtime, shared code, CSS)
 *   must fit the first-page budget, 1.3 × the hello-world's first page (289 KB raw) ≈ 376 KB;
 * - no single file larger than the hello-world's largest (its framework chunk, 204 KB)
 *   plus a fifth, 250 KB.
 * (webpack's defaults, 244 KB for both, would flag every app shell bigger than the
 * hello-world's and say nothing about our budgets.)
 */
const KB = 1024

export default {
  mini: {},
  h5: {
    webpackChain(chain) {
      chain.performance
        .hints('warning')
        .maxEntrypointSize(376 * KB)
        .maxAssetSize(250 * KB)
        .assetFilter((file: string) => /\.(js|css)$/.test(file))
    }
  }
} satisfies UserConfigExport<'webpack5'>
