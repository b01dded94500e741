/** What a date field takes, on every platform (ui/DateField.tsx, ui/DateField.weapp.tsx). */
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
