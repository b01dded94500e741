/* eslint-disable import/no-commonjs */
// WeChat-build tests: the production weapp build (dist/) rendered in WeChat's simulator
// (miniprogram-simulate + miniprogram-compiler's wcc) and structural checks of dist/.
// Build first: NODE_ENV=production npx taro build --type weapp
// Run: npx jest -c jest.weapp.config.js   (WEAPP_DIST=dir tests another build directory)
// With WEAPP_SYNTHETIC=1 only the *.synthetic.test.ts files run, against a build with SYNTHETIC
// newer editions (WEAPP_DIST; npm run test:weapp:editions makes one and runs them: scripts/test-weapp-editions.ts).
// Separate from jest.config.js (unit tests), which ignores tests/weapp/. See tests/weapp/shim.ts.
const path = require('path')

const dist = process.env.WEAPP_DIST ? path.resolve(process.env.WEAPP_DIST) : path.join(__dirname, 'dist')
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

module.exports = {
  rootDir: __dirname,
  // miniprogram-simulate (j-component) renders into a DOM: jsdom, as in its own tests.
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/weapp'],
  testMatch: process.env.WEAPP_SYNTHETIC ? ['**/*.synthetic.test.ts'] : ['**/*.weapp.test.ts'],
  // jest's runtime plus WeChat's require.async for the build's modules (tests/support/weapp-runtime.js).
  runtime: '<rootDir>/tests/support/weapp-runtime.js',
  // No build → "Run npm run build:weapp first" and exit 1.
  globalSetup: '<rootDir>/tests/support/require-weapp-build.ts',
  // A file's first render compiles every WXML template with wcc: 4 s on a busy 2-core
  // machine, and jest's default 5 s timed out (npm test failed on load, not on a bug).
  testTimeout: 30_000,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Our TS through babel.config.js (babel-preset-taro); the built chunks in dist/ and
  // node_modules run as they are.
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/', `^${escape(dist)}/`]
}
