// Lint rules, including the architecture described in docs/architecture.md. Each rule below
// is configured in exactly one place (a later override that set the same rule again would
// replace it, not add to it), and tests/lint.test.ts checks that a forbidden import fails.
//
// Layers point one way: pages and packages → features → ui / platform / lib / content.
//   - content:  the bundle, its schema and pure views of it; uses only lib/civil-date.ts.
//   - lib:      pure helpers (dates, clock, .ics, persistence, URL parameters) and React hooks
//               (use-*.ts); uses lib, content and the style tokens. lib/civil-date.ts is the leaf: it uses nothing.
//   - platform: the only code that calls Taro APIs with side effects; uses platform, lib, routes and the style tokens.
//   - ui:       presentational components; uses ui, lib and styles — never platform: what a
//               component does when tapped is passed in by the feature that uses it.
//   - features: one folder each; uses its own folder and every layer below, never another feature.
//   - pages, packages: thin, compose features; may use everything below.
//   - routes.ts and styles/: leaves.
// Authoring code (scripts/content: the drafter, the strict reader, the validator of content:check)
// uses src/content and lib/civil-date.ts; nothing the app or the build config runs imports scripts.
// No import cycles anywhere (import/no-cycle, which follows .ts files: settings below).
// Models (model.ts), content and lib (except use-*.ts hooks) are pure: no Taro, React or zustand
// at run time. Only src/platform uses the default `Taro` object or branches on TARO_ENV.
const fs = require('fs')
const path = require('path')

const FEATURES = fs.readdirSync(path.join(__dirname, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

/** A zone: files under `target` may import from src only what `allowed` lists (paths under src/). */
const only = (target, allowed, message) => ({
  target: `./src/${target}`,
  from: './src',
  except: allowed.map((p) => `./${p}`),
  message
})

const layerZones = [
  only('lib/civil-date.ts', ['lib/civil-date.ts'], 'lib/civil-date.ts is the leaf every layer may use (content too): it imports nothing from src.'),
  only('content', ['content', 'lib/civil-date.ts'], 'content is pure data and its views: from src it uses only lib/civil-date.ts.'),
  only('lib', ['lib', 'content', 'styles'], 'lib sits below features, platform and ui: it uses only lib, content and the style tokens (a platform service is passed in, as lib/persisted.ts takes its storage).'),
  only('platform', ['platform', 'lib', 'routes.ts', 'styles', 'assets'], 'platform uses only platform, lib, routes.ts, the style tokens and assets: never features, ui, pages or packages.'),
  only('ui', ['ui', 'lib', 'styles'], 'ui is presentational: it uses ui, lib and styles only (no platform calls: the feature passes handlers in).'),
  only('styles', ['styles'], 'styles are leaves.'),
  only('routes.ts', ['routes.ts'], 'routes.ts is a leaf: it imports nothing from src.'),
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features do not reach into each other: move what is shared down to lib, ui, platform or content, and let the page compose.'
  })),
  {
    // A separate zone: `except` applies to every `from` path, so it cannot share one with the above.
    target: './src/features',
    from: ['./src/pages', './src/packages', './src/app.ts', './src/app.config.ts'],
    message: 'Features never import pages, packages or the app: those compose the features.'
  }
]

/** The authoring code (drafter, strict reader, validator) is Node code for content:check and content:new. */
const authoringZones = [
  {
    target: ['./src', './config'],
    from: './scripts',
    message: 'The app and the build config never import scripts (the authoring code in scripts/content included): what the app needs from content lives in src/content.'
  },
  {
    target: './scripts/content',
    from: './src',
    except: ['./content', './lib/civil-date.ts'],
    message: 'The authoring code uses only src/content (and lib/civil-date.ts) from src.'
  }
]

const taroEnvBranch = {
  selector: "MemberExpression[object.object.name='process'][object.property.name='env'][property.name='TARO_ENV']",
  message: 'Platform differences live in src/platform (or .weapp.ts/.h5.ts files), not in components.'
}

const TESTS = ['**/*.test.ts', '**/*.test.tsx']

module.exports = {
  extends: ['taro/react'],
  settings: {
    // Resolves `@/…` (tsconfig paths) and TypeScript files (config/eslint-resolver.js), so the
    // zones see every import, relative or aliased.
    'import/resolver': { [path.join(__dirname, 'config/eslint-resolver.js')]: {} },
    // The files eslint-plugin-import reads to follow imports (import/no-cycle): taro's config
    // lists only .js, .mjs and .jsx, so a cycle through .ts files went unseen. TypeScript is
    // parsed as TypeScript whichever file the chain starts from.
    'import/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs'],
    'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] }
  },
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'import/first': 'off',
    // Everywhere (src, scripts, config, tests). Type-only imports are erased, so they may loop.
    'import/no-cycle': 'error'
  },
  overrides: [
    {
      // The layers, for every file under src (tests included: a test sits in its layer), and
      // the authoring code's place (each zone names the files it governs).
      files: ['src/**', 'scripts/**', 'config/**'],
      rules: {
        'import/no-restricted-paths': ['error', { basePath: __dirname, zones: [...layerZones, ...authoringZones] }],
        // An import the resolver cannot find would slip past the zones.
        'import/no-unresolved': ['error', { ignore: ['\\.(scss|css|png)$'] }]
      }
    },
    {
      files: ['src/**'],
      excludedFiles: ['src/platform/**'],
      rules: { 'no-restricted-syntax': ['error', taroEnvBranch] }
    },
    {
      files: ['src/**'],
      excludedFiles: ['src/platform/**', ...TESTS],
      rules: {
        'no-restricted-imports': ['error', {
          paths: [{ name: '@tarojs/taro', importNames: ['default'], message: 'Call Taro APIs through src/platform.' }]
        }]
      }
    },
    {
      files: ['src/**/model.ts', 'src/content/**', 'src/lib/**', 'src/routes.ts', 'src/styles/**'],
      excludedFiles: ['src/lib/use-*.ts', ...TESTS],
      rules: {
        '@typescript-eslint/no-restricted-imports': ['error', {
          patterns: [{
            group: ['@tarojs/*', 'react', 'react-dom', 'zustand', 'zustand/*'],
            allowTypeImports: true,
            message: 'Models, content and lib are pure: no Taro, React or stores (types only).'
          }]
        }]
      }
    },
    {
      files: ['scripts/**', 'tests/**', 'config/**', ...TESTS],
      env: { node: true, jest: true }
    },
    {
      files: ['tests/support/*.js', 'jest.config.js', 'jest.*.config.js', '.eslintrc.js', 'babel.config.js', 'config/eslint-resolver.js'],
      rules: { 'import/no-commonjs': 'off' }
    }
  ]
}
