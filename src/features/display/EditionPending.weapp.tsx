import type { EditionsLoad } from '@/lib/use-edition'

/**
 * weapp: never shown. Every edition is bundled in the main package and the weapp edition hooks
 * (lib/use-edition.weapp.ts) are `ready` from the first render, so no page waits for its
 * content; this stands in for EditionPending.tsx (H5) at no cost to the main package.
 */
export function EditionPending(_: { load: Pick<EditionsLoad, 'status' | 'retry'> }) {
  return null
}
