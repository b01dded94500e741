/** What font-scale.weapp.ts and font-scale.h5.ts both export (docs/platform-files.md). */
export type FontScaleModule = {
  /** The system's font size as a scale factor (1 = standard). */
  systemFontScale(): number
}

export type BothVariants = Implements<FontScaleModule, typeof import('./font-scale.weapp') | typeof import('./font-scale.h5')>
