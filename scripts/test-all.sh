#!/usr/bin/env bash
# npm test — everything, building what it needs, on both cores:
#   1. unit and component tests (jest, jsdom), while both production builds (weapp → dist/,
#      H5 → dist-h5/) run beside them, their output kept in a log and shown if one fails;
#   2. the weapp build rendered page by page in WeChat's simulator, then a weapp build with SYNTHETIC
#      newer editions (older editions loaded from the 往届 subpackage with require.async), made once
#      into dist-bench/editions-2-weapp, which bench:size reuses;
#   3. the H5 build walked in Chromium (e2e), two files at a time; then builds with signed content
#      updates configured (dist-h5-updates/, dist-weapp-updates/, built beside) against the tests'
#      loopback origin: the H5 one in Chromium, the weapp one in the simulator.
# It ends with the time each phase took. Arguments go to the unit-test jest.
# Faster loops: npm run test:unit | test:weapp | test:weapp:editions | test:e2e (test:weapp and test:e2e need their build).
set -euo pipefail
cd "$(dirname "$0")/.."

# jest's default on a 2-core machine is one worker; the tests wait for conditions, so two are safe.
WORKERS="${HQ_TEST_WORKERS:-2}"
logs=$(mktemp -d "${TMPDIR:-/tmp}/hq-test-all-XXXXXX")
builds=()
cleanup() {
  for pid in "${builds[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$logs"
}
trap cleanup EXIT

timings=()
phase_start=0
step() { printf '\n=== %s\n' "$1"; phase_start=$SECONDS; phase_name=$1; }
done_step() { timings+=("$(printf '%4d s  %s' $((SECONDS - phase_start)) "$phase_name")"); }
started=$SECONDS

# Both production builds start now, beside the unit tests.
build() { # target: the build's output and, once it succeeds, its duration go to $logs
  local start=$SECONDS
  NODE_ENV=production npx taro build --type "$1" >"$logs/build-$1.log" 2>&1
  echo $((SECONDS - start)) >"$logs/build-$1.seconds"
}
build weapp & builds+=($!); weapp_pid=$!
build h5 & builds+=($!); h5_pid=$!
wait_build() { # target pid
  if ! wait "$2"; then
    printf '\n%s production build failed; its output:\n' "$1"
    cat "$logs/build-$1.log"
    exit 1
  fi
  grep -E '^(WARNING|ERROR)' "$logs/build-$1.log" || true
  timings+=("$(printf '%4d s  %s production build (beside the %s)' "$(cat "$logs/build-$1.seconds")" "$1" "${3:-unit tests}")")
}

step 'unit and component tests (both production builds run beside them)'
npx jest --ci --maxWorkers="$WORKERS" "$@"
done_step

# A third build, beside the simulator: H5 with signed content updates configured (issue 27) and
# the e2e test's own origin and key (tests/e2e/content-update.e2e.ts), into dist-h5-updates/.
# Then the weapp build with the same settings, into dist-weapp-updates/ (tests/weapp/content-update*.weapp.test.ts).
build_updates() { # target outputRoot
  local start=$SECONDS
  HQ_OUTPUT_ROOT=$2 HQ_CONTENT_ORIGIN=http://127.0.0.1:47127 HQ_CONTENT_PUBLIC_KEY='HioTfH/iJ5+dfwZEAwoOnAtF94Hc5xrkUZwPQ4QDFlQ=' \
    NODE_ENV=production npx taro build --type "$1" >"$logs/build-$1-updates.log" 2>&1
  echo $((SECONDS - start)) >"$logs/build-$1-updates.seconds"
}
build_updates h5 dist-h5-updates & builds+=($!); updates_pid=$!

wait_build weapp "$weapp_pid"
step 'weapp: pages rendered in the WeChat simulator, build checks'
npx jest --ci --maxWorkers="$WORKERS" -c jest.weapp.config.js --testPathIgnorePatterns content-update
done_step
step 'weapp: a build with 2 SYNTHETIC newer editions (older ones via require.async), in the simulator'
npm run --silent test:weapp:editions -- --ci
done_step

wait_build h5 "$h5_pid"
step 'h5: end-to-end in Chromium'
bash scripts/ensure-chromium.sh
npx jest --ci --maxWorkers="$WORKERS" -c jest.e2e.config.js --testPathIgnorePatterns content-update
done_step

wait_build h5-updates "$updates_pid" simulator
build_updates weapp dist-weapp-updates & builds+=($!); wupdates_pid=$!
step 'h5 with content updates configured: signed updates from a loopback origin, in Chromium'
H5_DIST=dist-h5-updates npx jest --ci --maxWorkers="$WORKERS" -c jest.e2e.config.js tests/e2e/content-update.e2e.ts
done_step
wait_build weapp-updates "$wupdates_pid" 'configured H5 e2e'
step 'weapp with content updates configured: periodic update and wx.request, in the simulator'
WEAPP_DIST=dist-weapp-updates npx jest --ci --maxWorkers="$WORKERS" -c jest.weapp.config.js tests/weapp/content-update.weapp.test.ts tests/weapp/content-update-rejected.weapp.test.ts
done_step

printf '\n=== npm test took %d s\n' $((SECONDS - started))
printf '%s\n' "${timings[@]}"
