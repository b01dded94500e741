/** What history.weapp.ts and history.h5.ts both export (docs/platform-files.md). */
export type HistoryModule = {
  /**
   * Goes to the tab at `path` ('/pages/events/index'). weapp: switchTab (WeChat keeps no
   * history of tabs). H5: from a tab, a new browser history entry, so the browser's back button
   * returns to the tab the user came from; from another page, switchTab, as in WeChat.
   */
  switchTab(path: string): Promise<unknown>
  /**
   * What a page keeps for the way back to it, under `name`, in the history entry shown now
   * (H5: the browser's entry, so it survives a reload and back / forward; weapp: nothing is kept,
   * WeChat keeps the page below as it was). Read and save through the returned object: it stays
   * bound to that entry, so a save made after the address changed does not land on the next page.
   */
  entryState(name: string): EntryState
}

export type EntryState = {
  /** The value saved for this entry, or undefined (never saved, or unreadable): the caller checks its shape. */
  read(): unknown
  /** Saves a JSON value for this entry. Never throws. */
  save(value: unknown): void
}

export type BothVariants = Implements<HistoryModule, typeof import('./history.weapp') | typeof import('./history.h5')>
