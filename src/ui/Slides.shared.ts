import type { ReactElement, ReactNode } from 'react'

/** What Slides.weapp.tsx and Slides.h5.tsx both export (docs/platform-files.md). */
export type SlidesProps = {
  /** The slide shown, 0-based. */
  current: number
  /** Called with the new index when the user swipes (wraps around at both ends). */
  onChange: (index: number) => void
  children: ReactNode[]
  className?: string
  /**
   * Told when keyboard focus comes into the slides (true) and leaves them (false), so a
   * rotation can hold still meanwhile (H5; weapp has no keyboard focus: never called).
   */
  onFocusWithin?: (inside: boolean) => void
}

export type SlidesModule = {
  /** One slide at a time, swiped sideways. */
  Slides(props: SlidesProps): ReactElement
}

export type BothVariants = Implements<SlidesModule, typeof import('./Slides.weapp') | typeof import('./Slides.h5')>
