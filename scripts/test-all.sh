#!/usr/bin/env bash
# npm test — everything, building what it needs:
#   1. unit and component tests (jest, jsdom)
#   2. the production weapp build, rendered page by page in WeChat's simulator; then a weapp build
#      with SYNTHETIC newer editions (older editions loaded from the 往届 subpackage with
#      require.async), made once into dist-bench/editions-2-weapp, which bench:size reuses
#   3. the production H5 build, walked in Chromium (e2e)
# Faster loops: npm run test:unit | test:weapp | test:weapp:editions | test:e2e (test:weapp and test:e2e need their build).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$1"; }

step 'unit and component tests'
npx jest --ci "$@"

step 'weapp: production build'
NODE_ENV=production npx taro build --type weapp
step 'weapp: pages rendered in the WeChat simulator, build checks'
npx jest --ci -c jest.weapp.config.js
step 'weapp: a build with 2 SYNTHETIC newer editions (older ones via require.async), in the simulator'
npm run --silent test:weapp:editions -- --ci

step 'h5: production build'
NODE_ENV=production npx taro build --type h5
step 'h5: end-to-end in Chromium'
bash scripts/ensure-chromium.sh
npx jest --ci -c jest.e2e.config.js
