import type { LoadStatus } from '@/lib/use-edition'

/** weapp: every edition is bundled (content/edition-files.weapp.ts), so other editions' follows never load: nothing to say (see OtherFollowsNote.tsx). */
export function OtherFollowsNote(_: { status: LoadStatus; count: number; onRetry: () => void }) {
  return null
}
