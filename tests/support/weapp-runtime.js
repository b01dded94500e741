/* eslint-disable import/no-commonjs */
// jest.weapp.config.js `runtime`: jest's module runtime, plus the part of WeChat's `require` that
// jest lacks — `require.async(path)` (分包异步化, base library ≥ 2.11.2), which the weapp build
// uses to load the editions kept in the 往届 subpackage (src/content/edition-files.weapp.ts).
//
// Only modules under the build directory (dist/, or $WEAPP_DIST) get it, as WeChat's rules say:
// - the path is relative to the file whose `require` it is (here: the webpack chunk the code
//   landed in, e.g. common.js); an absolute path fails (WeChat supports one only through
//   app.json resolveAlias, which this app does not set); a path leaving the build or naming no
//   file fails;
// - it returns a Promise of the module's exports; a failure rejects with `{ errMsg, mod }`
//   (WeChat's shape, not an Error).
// The build output is run as it is; nothing in it is rewritten.
//
// Tests drive it through tests/weapp/shim.ts (`requireAsync`): every call is recorded, and a
// switch makes the next downloads fail (offline) or wait until released (to see a loading state).
// State lives on the test environment's global, under CONTROL, fresh for each test file.
//
// A download that is not held settles after a timer (DOWNLOAD_MS: 10 ms, or $WEAPP_REQUIRE_ASYNC_MS),
// never at once. No test may depend on how long: each waits for what the page shows (run the
// suites with WEAPP_REQUIRE_ASYNC_MS=0 or =500 to check).
const fs = require('fs')
const path = require('path')
const Runtime = require('jest-runtime').default

const DIST = path.resolve(process.env.WEAPP_DIST || path.join(__dirname, '../../dist'))
const CONTROL = '__hqWeappRequireAsync'
const DOWNLOAD_MS = Number(process.env.WEAPP_REQUIRE_ASYNC_MS || 10)

class WeappRuntime extends Runtime {
  _createRequireImplementation(from, options) {
    const moduleRequire = super._createRequireImplementation(from, options)
    const caller = from && from.filename
    if (caller && caller.startsWith(DIST + path.sep)) {
      moduleRequire.async = (request) => this._weappRequireAsync(moduleRequire, caller, request)
    }
    return moduleRequire
  }

  /** The switch and the record, shared with tests/weapp/shim.ts. */
  _weappControl() {
    const g = this._environment.global
    if (!g[CONTROL]) g[CONTROL] = { calls: [], mode: 'ok', held: [] }
    return g[CONTROL]
  }

  _weappRequireAsync(moduleRequire, caller, request) {
    const g = this._environment.global
    const control = this._weappControl()
    const rel = (f) => path.relative(DIST, f).split(path.sep).join('/')
    const target = typeof request === 'string' && !path.isAbsolute(request) ? path.resolve(path.dirname(caller), request) : null
    control.calls.push({ from: rel(caller), path: request, resolved: target && rel(target) })
    return new g.Promise((resolve, reject) => {
      const fail = (errMsg) => reject({ errMsg: `require.async:fail ${errMsg}`, mod: request })
      const settle = () => {
        if (control.mode === 'fail') return fail('download failed (simulated: offline)')
        if (!target) return fail('absolute paths are not supported without resolveAlias')
        if (!target.startsWith(DIST + path.sep) || !fs.existsSync(target)) return fail(`module "${request}" is not defined (from ${rel(caller)})`)
        try {
          resolve(moduleRequire(target))
        } catch (err) {
          fail(String(err))
        }
      }
      // A download takes time: never at once. Held downloads wait for the test to release them.
      if (control.mode === 'hold') control.held.push(settle)
      else g.setTimeout(settle, DOWNLOAD_MS)
    })
  }
}

module.exports = WeappRuntime
