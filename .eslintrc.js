// Lint rules, including the architecture rules of DEVELOPERS.md:
// - features import each other only through their index.ts;
// - models are pure (no Taro);
// - only src/platform calls Taro APIs (the default `Taro` object) or branches on TARO_ENV.
const taroEnvBranch = {
  selector: "MemberExpression[object.object.name='process'][object.property.name='env'][property.name='TARO_ENV']",
  message: 'Platform differences live in src/platform (or .weapp.ts/.h5.ts files), not in components.'
}

module.exports = {
  extends: ['taro/react'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'import/first': 'off'
  },
  overrides: [
    {
      files: ['src/**'],
      excludedFiles: ['src/platform/**'],
      rules: { 'no-restricted-syntax': ['error', taroEnvBranch] }
    },
    {
      files: ['src/features/**', 'src/pages/**', 'src/ui/**', 'src/lib/**', 'src/content/**'],
      excludedFiles: ['**/*.test.ts', '**/*.test.tsx'],
      rules: {
        'no-restricted-imports': ['error', {
          paths: [{ name: '@tarojs/taro', importNames: ['default'], message: 'Call Taro APIs through src/platform.' }],
          patterns: [{ group: ['@/features/*/*', '../../features/*/*'], message: 'Import another feature only through its index.ts.' }]
        }]
      }
    },
    {
      files: ['src/**/model.ts', 'src/content/**'],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [{ group: ['@tarojs/*', 'react', 'zustand'], message: 'Models and content are pure: no Taro, React or stores.' }]
        }]
      }
    },
    {
      files: ['scripts/**', 'tests/**', 'config/**', '**/*.test.ts', '**/*.test.tsx'],
      env: { node: true, jest: true }
    },
    {
      files: ['tests/support/*.js', 'jest.config.js', '.eslintrc.js', 'babel.config.js'],
      rules: { 'import/no-commonjs': 'off' }
    }
  ]
}
