import { useEffect, useMemo, useRef, useState } from 'react'
import { useDidHide } from '@tarojs/taro'
import { onAppLeave } from '@/platform/lifecycle'
import { onStorageFailure } from '@/platform/storage'
import { EMPTY_DRAFT, isBlankDraft, type Draft, type DraftKind } from './model'
import { DRAFT_KEY, useDraftStore } from './store'
import { createAutosave, eraseDraft, isDraftStored } from './draft-save'
import { noteAfterEdit, noteAfterStored, noteAfterWriteFailure, noteOfErase, type StorageNote } from './draft-status'

/**
 * The draft on screen and its copy on the phone. What is on screen lives in this hook's state;
 * it is saved as the user types (debounced) and at once when the page hides, the app goes to
 * the background or the page unloads. A failed save is shown (`note`) and never touches what
 * is on screen; only a draft read back from storage clears a failure shown before.
 *
 * `initialKind` (the page's `kind` parameter) applies only to a blank saved draft.
 */
export function useSavedDraft(initialKind?: DraftKind | null) {
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = useDraftStore.getState().draft
    return initialKind && isBlankDraft(saved) ? { ...saved, kind: initialKind } : saved
  })
  const [note, setNote] = useState<StorageNote | null>(null)
  const [saving, setSaving] = useState(false)
  const savedAt = useDraftStore((s) => s.savedAt)

  /** Saves and reads back. */
  const saveNow = (d: Draft) => {
    useDraftStore.getState().save(d)
    setSaving(false)
    if (isDraftStored(d)) setNote(noteAfterStored)
  }
  const autosave = useMemo(() => createAutosave<Draft>(saveNow), [])

  // The draft as first shown, and the empty one after an erase, need no saving: only what the
  // user changes after them is saved. (Compared by identity: a change is always a new object,
  // so an erase of a draft already empty does not swallow the next change.)
  const unchanged = useRef<Draft>(draft)
  useEffect(() => {
    if (draft === unchanged.current) return
    setSaving(true)
    autosave.schedule(draft)
  }, [draft, autosave])

  useEffect(() => {
    const offLeave = onAppLeave(() => autosave.flush())
    return () => {
      offLeave()
      autosave.flush()
    }
  }, [autosave])
  useDidHide(() => autosave.flush())

  useEffect(() => {
    const off = onStorageFailure((f) => {
      if (f && f.key === DRAFT_KEY) setNote((n) => noteAfterWriteFailure(n, f.message))
    })
    return () => {
      off()
    }
  }, [])

  return {
    draft,
    note,
    saving,
    savedAt,
    /** Shows `next` (saved after the debounce). */
    update(next: Draft) {
      setDraft(next)
      setNote(noteAfterEdit)
    },
    /** Saves a pending change now (before the text is composed from it). */
    flush: () => autosave.flush(),
    /** Saves what is on screen now (after a failed save). */
    retrySave() {
      autosave.cancel()
      saveNow(draft)
    },
    /** Tries again to delete the draft from the phone (after a failed erase); returns the note that says how it went. */
    retryErase(): StorageNote {
      const n = noteOfErase(eraseDraft())
      setNote(n)
      return n
    },
    /** Empties the screen and deletes the draft from the phone; the note (returned too) says whether that worked. */
    erase(): StorageNote {
      autosave.cancel()
      const n = noteOfErase(eraseDraft())
      setNote(n)
      unchanged.current = EMPTY_DRAFT
      setDraft(EMPTY_DRAFT)
      setSaving(false)
      return n
    }
  }
}
