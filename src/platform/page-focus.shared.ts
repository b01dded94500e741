/** What page-focus.weapp.ts and page-focus.h5.ts both export (docs/platform-files.md). */
export type PageFocusModule = {
  /**
   * Called once at launch: after each change of page, the keyboard focus goes to the new page's
   * heading (back and forward: to where it was on that page), where the platform has a keyboard
   * focus to move (H5; weapp: WeChat moves its screen reader to a new page itself).
   */
  installPageFocus(): void
  /** The next change of page leaves the focus where it is (a tab chosen in the tab bar by keyboard). */
  keepFocusOnNextPage(): void
}

export type BothVariants = Implements<PageFocusModule, typeof import('./page-focus.weapp') | typeof import('./page-focus.h5')>
