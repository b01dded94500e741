import { useEffect, useState } from 'react'
import { copy } from '@/platform/clipboard'
import { revealAndFocus } from '@/platform/scroll'
import { afterOtherCopy, copyOutcome, nextReveal, type CopyOutcome, type Reveal } from './draft-status'

/** The summary of errors shown when 生成文本并复制 finds some; focused then. */
export const SUMMARY_ID = 'draft-summary'
/** The generated text's card; scrolled into view and focused once it appears. */
export const RESULT_ID = 'draft-result'

/**
 * 生成文本并复制's outcome: the composed text copied (or why not), shown in the result card,
 * and what became of it on the clipboard since (copied again, or replaced by a next step's copy).
 * Each failed 生成 brings the error summary into view and focus, each success the result.
 */
export function useCopyFlow() {
  const [result, setResult] = useState<CopyOutcome | null>(null)
  const [reveal, setReveal] = useState<Reveal | null>(null)
  // Counts the copies of the text: the next steps start afresh after each (their "the text is
  // no longer on the clipboard" would be stale).
  const [copies, setCopies] = useState(0)
  useEffect(() => {
    if (reveal) revealAndFocus(reveal.id)
  }, [reveal])

  return {
    result,
    copies,
    /** The draft has errors: no text, the summary comes into view. */
    showErrors() {
      setResult(null)
      setReveal((v) => nextReveal(v, SUMMARY_ID))
    },
    /** Copies `text` and shows it, copied or not. */
    async copyText(text: string) {
      const r = await copy(text)
      setResult(copyOutcome(text, r))
      setCopies((n) => n + 1)
      setReveal((v) => nextReveal(v, RESULT_ID))
    },
    /** 再复制: puts the text shown back on the clipboard (the user stays where they are). */
    async copyAgain() {
      if (!result) return
      const { text } = result
      const r = await copy(text)
      setResult((now) => (now && now.text === text ? copyOutcome(text, r, true) : now))
      setCopies((n) => n + 1)
    },
    /** A next step copied `data`: the text is no longer on the clipboard. */
    otherCopied(data: string) {
      setResult((now) => (now ? afterOtherCopy(now, data) : now))
    },
    /** The draft changed: the text shown no longer matches it. */
    dismiss: () => setResult(null)
  }
}
