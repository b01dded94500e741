/**
 * ARIA attributes for Taro components, whose types do not list them (H5 renders them for
 * screen readers and axe; weapp writes role as aria-role and the aria-* each kind of component
 * needs: config/weapp-aria.js). Spread the result: <Button {...ariaLabel('复制：导语')}>复制</Button>.
 */
export function aria(attrs: Record<string, string | number | boolean | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  // Booleans become "true"/"false" (as ARIA expects); undefined is left out.
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = typeof v === 'boolean' ? String(v) : v
  return out
}

export function ariaLabel(label: string): Record<string, unknown> {
  return { 'aria-label': label }
}

/** A live region: screen readers announce changes to its text. */
export function ariaLive(politeness: 'polite' | 'assertive' = 'polite'): Record<string, unknown> {
  return { 'aria-live': politeness }
}
