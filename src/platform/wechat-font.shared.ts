/** What wechat-font.weapp.ts and wechat-font.h5.ts both export (docs/platform-files.md). */
export type WechatFontModule = {
  /**
   * Whether the text size can follow the user's WeChat font size (跟随微信): true only in the
   * weapp build, where getAppBaseInfo reports it (platform/font-scale); a web page gets no such
   * signal. Its own module, imported only by TextSizeSetting, so the weapp build inlines it.
   */
  readonly CAN_FOLLOW_WECHAT: boolean
}

export type BothVariants = Implements<WechatFontModule, typeof import('./wechat-font.weapp') | typeof import('./wechat-font.h5')>
