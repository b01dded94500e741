/**
 * ARIA attributes for Taro components: Taro's types do not list them; H5 renders them (screen
 * readers, axe) and weapp ignores them. Booleans become "true"/"false"; undefined is left out.
 */
export function aria(attrs: Record<string, string | number | boolean | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = typeof v === 'boolean' ? String(v) : v
  return out
}
