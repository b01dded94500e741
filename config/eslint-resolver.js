/**
 * eslint-plugin-import resolver for this project (.eslintrc.js settings): `@/…` is src/…
 * (tsconfig.json paths), and TypeScript files resolve like JavaScript ones; everything else
 * is resolved by eslint-plugin-import's own Node resolver. Without it the layer zones
 * (import/no-restricted-paths) would not see aliased or .ts imports at all.
 * A module with variants resolves to its x.h5.ts(x), as under tsc (moduleSuffixes) and jest
 * (moduleFileExtensions): docs/platform-files.md. tests/platform-files.test.ts makes sure its
 * x.weapp.ts(x) exists too, so the zones and no-unresolved hold for both.
 */
const path = require('path')
const node = require('eslint-import-resolver-node')

const SRC = path.join(__dirname, '..', 'src')
const EXTENSIONS = ['.h5.ts', '.h5.tsx', '.ts', '.tsx', '.js', '.json', '.d.ts']

exports.interfaceVersion = 2

exports.resolve = (source, file, config) => {
  const mapped = source === '@' || source.startsWith('@/') ? path.join(SRC, source.slice(2)) : source
  return node.resolve(mapped, file, { extensions: EXTENSIONS, ...config })
}
