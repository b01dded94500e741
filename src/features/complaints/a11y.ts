/**
 * ARIA attributes for Taro components: H5 passes them to the element (screen readers, axe);
 * weapp ignores them. Taro's types do not list them, hence the cast (as ui/Heading does).
 */
export function aria(attrs: Record<string, string | number | boolean | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = typeof v === 'boolean' ? String(v) : v
  return out
}
