// Unit and component tests (jsdom). Settings that make Taro's H5 runtime load under jest:
// its ESM packages are transformed, @tarojs/components maps to Taro's HTML components (as the H5 build: config/index.ts useHtmlComponents), @tarojs/taro
// to tests/support/taro.ts (Taro's H5 APIs on the default object), and the build-time
// globals Taro's runtime reads are defined below. See docs/testing.md.
const esmPackages = [
  '@tarojs', '@stencil', 'swiper', 'ssr-window', 'dom7', 'query-string',
  'decode-uri-component', 'split-on-first', 'filter-obj', 'tslib', 'nanoid', 'style-inject'
].join('|')

module.exports = {
  testEnvironment: 'jsdom',
  // Component tests render Taro's H5 components; on a busy 2-core machine some take seconds.
  testTimeout: 20_000,
  roots: ['<rootDir>/src', '<rootDir>/scripts', '<rootDir>/tests', '<rootDir>/config'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/weapp/'],
  // `./x` is x.h5.ts(x) when a module has variants (docs/platform-files.md): jsdom is the web.
  moduleFileExtensions: ['h5.ts', 'h5.tsx', 'ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
  transform: { '^.+\\.m?[jt]sx?$': 'babel-jest' },
  transformIgnorePatterns: [`node_modules/(?!(.*/)?(${esmPackages})/)`],
  moduleNameMapper: {
    // Editions and quiz banks are found by webpack's require.context in the builds; jest lists the folder.
    '(^|/)(edition|quiz)-files$': '<rootDir>/tests/support/edition-files.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/components$': '<rootDir>/tests/support/taro-components.js',
    '^@tarojs/taro$': '<rootDir>/tests/support/taro.ts',
    '^lodash-es$': 'lodash',
    '^lodash-es/(.*)$': 'lodash/$1',
    '\\.(css|scss)$': '<rootDir>/tests/support/style-stub.js',
    '\\.(png|jpg|svg)$': '<rootDir>/tests/support/file-stub.js'
  },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react'
  }
}
