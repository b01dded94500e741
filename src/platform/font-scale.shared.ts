/** What font-scale.weapp.ts and font-scale.h5.ts both export (docs/platform-files.md). */
export type FontScaleModule = {
  /** The system's font size as a scale factor (1 = standard). */
  systemFontScale(): number
  /**
   * Whether the text size can follow the user's font size setting (跟随微信): true only in
   * WeChat (weapp), where getAppBaseInfo reports it; a web page gets no such signal.
   */
  readonly CAN_FOLLOW_WECHAT: boolean
}

export type BothVariants = Implements<FontScaleModule, typeof import('./font-scale.weapp') | typeof import('./font-scale.h5')>
