import type { PluginObj, types as BabelTypes } from '@babel/core'

/**
 * H5 only: one module per Taro component, so each page loads only the components it uses.
 *
 * On H5, Taro points `@tarojs/components` at `@tarojs/components/lib/react`, whose
 * `components.js` declares every component in one module. webpack tree-shakes the unused
 * ones, but what is left (every component the app uses anywhere: Canvas, Textarea, Input…)
 * stays one module, so it lands in a chunk that every page loads, 首页 included.
 *
 * This Babel plugin rewrites
 *     import { View, Text } from '@tarojs/components'
 * into one import per component from the same file with a resource query,
 *     import { View } from '@tarojs/components/lib/react/components.js?hq-component=View'
 *     import { Text } from '@tarojs/components/lib/react/components.js?hq-component=Text'
 * webpack treats each query as a module of its own, tree-shaken to that one component (and
 * the web component it registers), so splitChunks can put Canvas with the pages that draw
 * posters and Textarea with the draft page. The components themselves are Taro's, unchanged.
 * Type-only imports and anything but named imports are left as they are.
 */
export const TARO_COMPONENTS = '@tarojs/components'
export const PER_COMPONENT_MODULE = '@tarojs/components/lib/react/components.js?hq-component='

export default function taroComponentsPerModule({ types: t }: { types: typeof BabelTypes }): PluginObj {
  return {
    name: 'hq-taro-components-per-module',
    visitor: {
      ImportDeclaration(path) {
        const { node } = path
        if (node.source.value !== TARO_COMPONENTS || node.importKind === 'type') return
        const named = node.specifiers.filter((s): s is BabelTypes.ImportSpecifier =>
          t.isImportSpecifier(s) && s.importKind !== 'type')
        if (!named.length || named.length !== node.specifiers.length) return
        path.replaceWithMultiple(named.map((s) => {
          const name = t.isIdentifier(s.imported) ? s.imported.name : s.imported.value
          return t.importDeclaration(
            [t.importSpecifier(t.identifier(s.local.name), t.identifier(name))],
            t.stringLiteral(`${PER_COMPONENT_MODULE}${name}`)
          )
        }))
      }
    }
  }
}
