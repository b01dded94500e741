/**
 * ARIA attributes for Taro components, whose types do not list them (H5 renders them for
 * screen readers and axe; weapp ignores them). Spread the result: <Text {...aria({ role: 'status' })}>.
 */
export function aria(attrs: Record<string, string | number | boolean>): Record<string, unknown> {
  return attrs
}
