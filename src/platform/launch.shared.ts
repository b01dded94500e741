/** What launch.weapp.ts and launch.h5.ts both export (docs/platform-files.md). */
export type LaunchModule = {
  /** The `now` the app was launched with (H5: ?now= in the address), if any. */
  readLaunchNow(): string | undefined
}

export type BothVariants = Implements<LaunchModule, typeof import('./launch.weapp') | typeof import('./launch.h5')>
