/** What tab-bar.weapp.ts and tab-bar.h5.ts both export (docs/platform-files.md). */
export type TabBarModule = {
  /** Called once at launch: puts the app's tab bar in the page (H5; weapp: WeChat's own). */
  installTabBar(): void
}

export type BothVariants = Implements<TabBarModule, typeof import('./tab-bar.weapp') | typeof import('./tab-bar.h5')>
