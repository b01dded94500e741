/** What motion.weapp.ts and motion.h5.ts both export (docs/platform-files.md). */
export type MotionModule = {
  /** Whether the user asked the system for less motion (no autoplaying carousel then). */
  prefersReducedMotion(): boolean
}

export type BothVariants = Implements<MotionModule, typeof import('./motion.weapp') | typeof import('./motion.h5')>
