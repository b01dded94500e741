/** Words for the bundle's sources of facts. Pure. */
import type { Source } from '@/content'

export type PublicSource = Extract<Source, { kind: 'public' }>

/** How sure the source is, as shown beside a fact (dates, 关于本程序). */
export const CONFIDENCE_LABEL: Record<PublicSource['confidence'], string> = {
  certain: '确定',
  high: '高',
  'medium-high': '较高',
  medium: '中等'
}
