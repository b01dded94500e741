/**
 * ARIA attributes for Taro components, whose types do not list them (H5 renders them;
 * weapp passes aria-label and role to its accessibility service or ignores them).
 * Usage: <Button {...ariaLabel('复制：导语')}>复制</Button>
 */
export function ariaLabel(label: string): Record<string, unknown> {
  return { 'aria-label': label }
}

/** A live region: screen readers announce changes to its text. */
export function ariaLive(politeness: 'polite' | 'assertive' = 'polite'): Record<string, unknown> {
  return { 'aria-live': politeness }
}
