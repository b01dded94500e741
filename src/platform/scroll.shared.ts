/** What scroll.weapp.ts and scroll.h5.ts both export (docs/platform-files.md). */
export type ScrollModule = {
  /** Scrolls the page so that the element with id `anchor` is at the top; resolves false when it could not. */
  scrollToAnchor(anchor: string, opts?: { offsetTop?: number; duration?: number }): Promise<boolean>
  /** Brings the element with this id into view. Never throws. */
  scrollToId(id: string): void
  /** Brings the element with this id into view and, where there is keyboard focus, focuses it. Never throws. */
  revealAndFocus(id: string): void
  /**
   * A React hook for a page (call it in the page's component, once its content is on screen):
   * the page's scroll position is kept, under `name`, for the way back to it, and restored when
   * the page is shown again without it (H5: back / forward to the page after it was closed or the
   * app reloaded; the history entry's state, history.h5.ts). A position saved with another
   * `stamp` (another edition, another day: whatever makes the old position wrong) is ignored,
   * as is a missing or unreadable one: the page starts at its top. weapp: nothing to do, WeChat
   * keeps the page below, scrolled as it was.
   */
  useScrollMemory(name: string, stamp: string): void
}

export type BothVariants = Implements<ScrollModule, typeof import('./scroll.weapp') | typeof import('./scroll.h5')>
