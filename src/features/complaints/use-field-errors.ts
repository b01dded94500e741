import { useRef, useState } from 'react'
import { FIELD_ORDER, type Draft, type FieldId } from './model'
import { validateDraft } from './draft-form'

/**
 * Which of the draft's problems are shown. A restored field is shown with its problems at
 * once; one the user changes, once they leave it; an untouched one only when they try to
 * generate (tabbing past shows nothing).
 */
export function useFieldErrors(draft: Draft, today: string) {
  const [touched, setTouched] = useState<Set<FieldId>>(() => new Set(FIELD_ORDER.filter((f) => draft[f].trim() !== '')))
  const edited = useRef<Set<FieldId>>(new Set())
  const [attempted, setAttempted] = useState(false)
  const errors = validateDraft(draft, today)

  return {
    /** Every problem, shown or not. */
    errors,
    /** True once 生成 was pressed (every problem is shown then). */
    attempted,
    /** The problem of `f` to show now, if any. */
    shown: (f: FieldId) => (attempted || touched.has(f) ? errors[f] : undefined),
    /** The user changed `f`. */
    edit: (f: FieldId) => {
      edited.current.add(f)
    },
    /** The user left `f`: its problem shows from now on if they changed it. */
    leave: (f: FieldId) => {
      if (!edited.current.has(f)) return
      setTouched((t) => (t.has(f) ? t : new Set(t).add(f)))
    },
    /** 生成 was pressed. */
    attempt: () => setAttempted(true),
    /** A fresh start (清空): nothing touched, edited or attempted. */
    reset() {
      setTouched(new Set())
      edited.current = new Set()
      setAttempted(false)
    }
  }
}
