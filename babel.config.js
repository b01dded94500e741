// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// Under jest (NODE_ENV=test) the same preset compiles TS/JSX for the tests.
module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5'
    }]
  ]
}
