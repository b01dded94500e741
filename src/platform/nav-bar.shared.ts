/** What nav-bar.weapp.ts and nav-bar.h5.ts both export (docs/platform-files.md). */
export type NavBarModule = {
  /** Called once at launch: makes the title bar's buttons usable (H5; weapp: WeChat's own bar). */
  installNavigationBar(): void
}

export type BothVariants = Implements<NavBarModule, typeof import('./nav-bar.weapp') | typeof import('./nav-bar.h5')>
