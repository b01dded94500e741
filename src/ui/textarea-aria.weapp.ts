/** weapp: the Textarea's own props, which the templates render as aria-* (textarea-aria.shared.ts). */
export function textareaAria(attrs: Record<string, unknown>): Record<string, unknown> {
  return attrs
}
