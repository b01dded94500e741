/* eslint-disable import/no-commonjs */
// End-to-end tests: the production H5 build (dist-h5/, made by `npm run build:h5`)
// served on 127.0.0.1 and driven in Debian's Chromium by playwright-core.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  // No build → "Run npm run build:h5 first" and exit 1, instead of every test timing out.
  globalSetup: '<rootDir>/tests/support/require-h5-build.ts',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  // Pure app modules (e.g. a model's constant) can be imported as the app does.
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testTimeout: 60_000,
  maxWorkers: 1
}
