/** What grid-keys.h5.ts and grid-keys.weapp.ts both export (docs/platform-files.md). */
export type GridKeysArgs = {
  /** The month the grid shows, and the months the calendar has (the keys stay within them). */
  month: string
  months: readonly string[]
  day: string | null
  today: string
  onMonth: (month: string) => void
  /** A day chosen by tap or key; `reveal`: bring its events into view (a tap), or keep the focus (keys). */
  choose: (date: string, reveal: boolean) => void
}

export type GridKeysModule = {
  /** The props of a day cell: its tap, and on H5 the grid's keyboard (one Tab stop, arrows, Home/End, Page Up/Down, Enter/Space). */
  useGridKeys(args: GridKeysArgs): (date: string) => Record<string, unknown>
}

export type BothVariants = Implements<GridKeysModule, typeof import('./grid-keys.weapp') | typeof import('./grid-keys.h5')>
