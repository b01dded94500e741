import type { ReactElement } from 'react'

/** What a date field takes, on both targets (DateField.weapp.tsx, DateField.h5.tsx: docs/platform-files.md). */
export type DateFieldProps = {
  /** The accessible name (the visible label sits beside the field). */
  label: string
  /** YYYY-MM-DD, or '' when none is chosen. */
  value: string
  /** Earliest and latest choosable day, YYYY-MM-DD. */
  min: string
  max: string
  /** How the chosen day reads, e.g. 2021年9月14日 (weapp shows it; H5 shows the browser's own). */
  display: (date: string) => string
  onChange: (value: string) => void
  onBlur?: () => void
  invalid?: boolean
  /** Id of the element holding the field's error. */
  describedBy?: string
  className?: string
}

export type DateFieldModule = {
  /** A labelled date field limited by min and max (weapp: WeChat's date picker; H5: the browser's date input). */
  DateField(props: DateFieldProps): ReactElement
}

export type BothVariants = Implements<DateFieldModule, typeof import('./DateField.weapp') | typeof import('./DateField.h5')>
