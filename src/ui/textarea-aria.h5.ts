/** H5: on the inner <textarea> (textarea-aria.shared.ts). */
export function textareaAria(attrs: Record<string, unknown>): Record<string, unknown> {
  return { nativeProps: attrs }
}
