import { useEffect, useState } from 'react'
import { copy } from '@/platform/clipboard'
import { revealAndFocus } from '@/platform/scroll'
import { copyOutcome, nextReveal, type CopyOutcome, type Reveal } from './draft-status'

/** The summary of errors shown when 生成文本并复制 finds some; focused then. */
export const SUMMARY_ID = 'draft-summary'
/** The generated text's card; scrolled into view and focused once it appears. */
export const RESULT_ID = 'draft-result'

/**
 * 生成文本并复制's outcome: the composed text copied (or why not), shown in the result card.
 * Each failed 生成 brings the error summary into view and focus, each success the result.
 */
export function useCopyFlow() {
  const [result, setResult] = useState<CopyOutcome | null>(null)
  const [reveal, setReveal] = useState<Reveal | null>(null)
  useEffect(() => {
    if (reveal) revealAndFocus(reveal.id)
  }, [reveal])

  return {
    result,
    /** The draft has errors: no text, the summary comes into view. */
    showErrors() {
      setResult(null)
      setReveal((v) => nextReveal(v, SUMMARY_ID))
    },
    /** Copies `text` and shows it, copied or not. */
    async copyText(text: string) {
      const r = await copy(text)
      setResult(copyOutcome(text, r))
      setReveal((v) => nextReveal(v, RESULT_ID))
    },
    /** The draft changed: the text shown no longer matches it. */
    dismiss: () => setResult(null)
  }
}
