/** What draft-phone.weapp.ts and draft-phone.h5.ts both export (docs/platform-files.md). */
export type DraftPhoneModule = {
  /**
   * Props for the draft's phone field (Taro's Input) that open a keyboard of digits: WeChat's
   * `number` keyboard; on H5 a phone number's own input (type, inputmode, autocomplete tel).
   */
  PHONE_INPUT: Readonly<Record<string, string>>
}

export type BothVariants = Implements<DraftPhoneModule, typeof import('./draft-phone.weapp') | typeof import('./draft-phone.h5')>
