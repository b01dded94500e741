/** What scroll.weapp.ts and scroll.h5.ts both export (docs/platform-files.md). */
export type ScrollModule = {
  /** Scrolls the page so that the element with id `anchor` is at the top; resolves false when it could not. */
  scrollToAnchor(anchor: string, opts?: { offsetTop?: number; duration?: number }): Promise<boolean>
  /** Brings the element with this id into view. Never throws. */
  scrollToId(id: string): void
  /** Brings the element with this id into view and, where there is keyboard focus, focuses it. Never throws. */
  revealAndFocus(id: string): void
}

export type BothVariants = Implements<ScrollModule, typeof import('./scroll.weapp') | typeof import('./scroll.h5')>
