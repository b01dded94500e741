/** What textarea-aria.weapp.ts and textarea-aria.h5.ts both export (docs/platform-files.md). */
export type TextareaAriaModule = {
  /**
   * Props that give a Taro Textarea its ARIA attributes (name, state): on H5 through
   * `nativeProps` (the Stencil textarea puts them on its inner <textarea>, where screen readers
   * and axe look), on weapp as the component's own props (WeChat's textarea, through the
   * templates' aria-* attributes: config/weapp-aria.js).
   */
  textareaAria(attrs: Record<string, unknown>): Record<string, unknown>
}

export type BothVariants = Implements<TextareaAriaModule, typeof import('./textarea-aria.weapp') | typeof import('./textarea-aria.h5')>
