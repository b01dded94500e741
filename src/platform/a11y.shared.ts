/** What a11y.weapp.ts and a11y.h5.ts both export (docs/platform-files.md). */
export type A11yModule = {
  /** Called once at launch: makes the pages' scrolling containers keyboard-reachable where the platform needs it (H5). */
  installPageA11y(): void
}

export type BothVariants = Implements<A11yModule, typeof import('./a11y.weapp') | typeof import('./a11y.h5')>
