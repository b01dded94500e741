import type { PosterPlatform } from '@/lib/poster-types'

/**
 * What poster.weapp.ts and poster.h5.ts both export (docs/platform-files.md): the platform half
 * of a poster, as features hand it to ui/PosterSheet.tsx (lib/poster-types.ts).
 */
export type PosterModule = PosterPlatform

export type BothVariants = Implements<PosterModule, typeof import('./poster.weapp') | typeof import('./poster.h5')>
