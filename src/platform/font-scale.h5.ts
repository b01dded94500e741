/** H5: browsers scale text themselves (zoom, minimum font size); the app adds nothing. */
export function systemFontScale(): number {
  return 1
}
