/** What a11y.weapp.ts and a11y.h5.ts both export (docs/platform-files.md). */
export type A11yModule = {
  /** Called once at launch: makes the pages' scrolling containers keyboard-reachable where the platform needs it (H5). */
  installPageA11y(): void
  /**
   * Tells screen-reader users what just happened where the focus is not (e.g. the draft was
   * deleted). H5: the app's one polite live region; weapp: WeChat's toast, which the phone's
   * screen reader reads (aria-live on WeChat is not verified to be announced: docs/accessibility.md). Show the
   * same on the page too: this is only what is said.
   */
  announce(message: string): void
}

export type BothVariants = Implements<A11yModule, typeof import('./a11y.weapp') | typeof import('./a11y.h5')>
