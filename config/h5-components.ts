import type { PluginObj, types as BabelTypes } from '@babel/core'

/**
 * H5 only: each of Taro's Stencil-only components in a module of its own, so a page loads
 * only the ones it uses.
 *
 * The H5 build uses Taro's HTML components (`h5.useHtmlComponents`): `@tarojs/components`
 * is `@tarojs/components-react`, one module per component. A few components exist there only
 * as re-exports of Taro's Stencil library, `@tarojs/components/lib/react/components.js`, which
 * declares every component in one module: webpack tree-shakes the unused ones, but what is
 * left (Canvas for the posters, Textarea for the complaint draft) stays one module, in a
 * chunk shared by every page that uses either.
 *
 * This Babel plugin rewrites those imports (STENCIL_ONLY), e.g.
 *     import { View, Canvas } from '@tarojs/components'
 * into
 *     import { View } from '@tarojs/components'
 *     import { Canvas } from '@tarojs/components/lib/react/components.js?hq-component=Canvas'
 * webpack treats each query as a module of its own, tree-shaken to that one component (and
 * the web component it registers), so Canvas goes with the pages that draw posters and
 * Textarea with the draft page. The components themselves are Taro's, unchanged. Type-only
 * imports and anything but named imports are left as they are.
 */
export const TARO_COMPONENTS = '@tarojs/components'
export const PER_COMPONENT_MODULE = '@tarojs/components/lib/react/components.js?hq-component='
/** The components the app uses that @tarojs/components-react takes from Taro's Stencil library. */
export const STENCIL_ONLY = new Set(['Canvas', 'Textarea', 'CustomWrapper'])

const importedName = (s: BabelTypes.ImportSpecifier) => (s.imported.type === 'Identifier' ? s.imported.name : s.imported.value)

export default function taroComponentsPerModule({ types: t }: { types: typeof BabelTypes }): PluginObj {
  return {
    name: 'hq-taro-components-per-module',
    visitor: {
      ImportDeclaration(path) {
        const { node } = path
        if (node.source.value !== TARO_COMPONENTS || node.importKind === 'type') return
        const named = node.specifiers.filter((s): s is BabelTypes.ImportSpecifier =>
          t.isImportSpecifier(s) && s.importKind !== 'type')
        if (named.length !== node.specifiers.length) return
        const stencil = named.filter((s) => STENCIL_ONLY.has(importedName(s)))
        if (!stencil.length) return
        const rest = named.filter((s) => !STENCIL_ONLY.has(importedName(s)))
        path.replaceWithMultiple([
          ...(rest.length ? [t.importDeclaration(rest, t.stringLiteral(TARO_COMPONENTS))] : []),
          ...stencil.map((s) => t.importDeclaration(
            [t.importSpecifier(t.identifier(s.local.name), t.identifier(importedName(s)))],
            t.stringLiteral(`${PER_COMPONENT_MODULE}${importedName(s)}`)
          ))
        ])
      }
    }
  }
}
