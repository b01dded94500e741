/**
 * weapp, run before the app (Taro imports it with its platform runtime: config/weapp-templates.js
 * adds it to the platform's runtimePath): Taro's runtime table of component attributes gets the
 * same ARIA attributes as the build's templates, so a node's `role` and `aria-*` props are
 * renamed to the aliases base.wxml reads (config/weapp-aria.js). Taro computes the aliases at
 * the first render, after this.
 */
import { mergeInternalComponents } from '@tarojs/shared'
import ARIA from './weapp-aria'

mergeInternalComponents(ARIA)
