/* eslint-disable import/no-commonjs, no-var */
/**
 * weapp: the ARIA attributes Taro's WeChat templates carry, per Taro component (docs/accessibility.md,
 * "小程序：角色与名称"). Taro 4.2.1 writes base.wxml from a table of each component's attributes and,
 * at run time, renames a node's props to short aliases (p0, p1…) from the same table: an
 * attribute reaches WXML only when both tables list it. This one table is both: the build
 * merges it into the template's table (config/weapp-templates.js) and the app merges it into
 * Taro's runtime table before the first render (config/weapp-aria-runtime.js).
 *
 * Per component: `role` and aria-* attributes without their "aria-" (this file is in the main
 * package). `role` is written to WXML as `aria-role`, WeChat's name for it
 * (config/weapp-templates.js renames the template's attribute), so components write `role` as on H5.
 * Only what this app's code sets on that kind of component: an attribute costs about 25 B of the
 * main package in each template that carries it, and View's templates repeat at every level.
 * tests/weapp/aria.weapp.test.ts fails when a node sets one that its template does not carry.
 */
var ARIA = {
  View: 'role label checked pressed expanded selected disabled modal live busy labelledby',
  Text: 'role label level hidden live busy',
  Button: 'role label pressed disabled live',
  Input: 'label invalid describedby',
  Textarea: 'label invalid describedby',
  Canvas: 'role label'
}

/**
 * In the shape of Taro's component table: { View: { role: '', 'aria-label': '', … } }. '' = no
 * default value: the template renders the attribute empty when a node leaves it unset.
 */
var table = {}
Object.keys(ARIA).forEach(function (name) {
  var attrs = table[name] = {}
  ARIA[name].split(' ').forEach(function (a) { attrs[a === 'role' ? a : 'aria-' + a] = '' })
})
module.exports = table
