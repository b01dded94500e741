import type { GridKeysArgs } from './grid-keys.shared'

/**
 * weapp: a tap chooses the day. WeChat has no keyboard focus to move between cells, so the
 * grid's keys (grid-keys.h5.ts) and their code stay out of the main package.
 */
export function useGridKeys({ choose }: GridKeysArgs): (date: string) => Record<string, unknown> {
  return (date) => ({ onClick: () => choose(date, true) })
}
