import {
  afterOtherCopy, copyOutcome, copyStatusText, nextReveal, replacedNote, noteAfterEdit, noteAfterStored, noteAfterWriteFailure, noteOfErase, type StorageNote
} from './draft-status'

const saveFailed: StorageNote = { kind: 'save-failed', message: 'QuotaExceededError' }
const eraseFailed: StorageNote = { kind: 'erase-failed', message: 'SecurityError' }
const erased: StorageNote = { kind: 'erased' }

describe('the storage banner', () => {
  it('a save read back ends a failure shown before, and leaves "deleted" alone', () => {
    expect(noteAfterStored(saveFailed)).toBeNull()
    expect(noteAfterStored(eraseFailed)).toBeNull()
    expect(noteAfterStored(erased)).toBe(erased)
    expect(noteAfterStored(null)).toBeNull()
  })

  it('a failed write is shown with its reason, but never hides a failed erase (the old draft is still on the phone)', () => {
    expect(noteAfterWriteFailure(null, 'QuotaExceededError')).toEqual(saveFailed)
    expect(noteAfterWriteFailure(erased, 'QuotaExceededError')).toEqual(saveFailed)
    expect(noteAfterWriteFailure({ kind: 'save-failed', message: 'old' }, 'new')).toEqual({ kind: 'save-failed', message: 'new' })
    expect(noteAfterWriteFailure(eraseFailed, 'QuotaExceededError')).toBe(eraseFailed)
  })

  it('an edit takes "deleted" away (the screen is no longer empty), failures stay until storage works', () => {
    expect(noteAfterEdit(erased)).toBeNull()
    expect(noteAfterEdit(saveFailed)).toBe(saveFailed)
    expect(noteAfterEdit(eraseFailed)).toBe(eraseFailed)
  })

  it('an erase says deleted, or why not', () => {
    expect(noteOfErase({ ok: true })).toEqual(erased)
    expect(noteOfErase({ ok: false, message: 'SecurityError' })).toEqual(eraseFailed)
  })
})

describe('生成文本并复制', () => {
  it('says the text was copied, or why not, or (no reason given) to copy it by hand', () => {
    expect(copyStatusText(copyOutcome('文本', { ok: true }))).toBe('已复制到剪贴板。')
    const refused = copyOutcome('文本', { ok: false, message: '没能复制，请长按文字手动复制。' })
    expect(refused).toEqual({ text: '文本', copied: false, failure: '没能复制，请长按文字手动复制。' })
    expect(copyStatusText(refused)).toBe('没能复制，请长按文字手动复制。')
    expect(copyStatusText({ text: '文本', copied: false })).toBe('没能自动复制，请长按下面的文字手动复制。')
  })

  it('another copy takes the text\'s place on the clipboard, and says so; 再复制 puts it back', () => {
    const copied = copyOutcome('文本', { ok: true })
    const replaced = afterOtherCopy(copied, '12315')
    expect(replaced).toEqual({ text: '文本', copied: false, replacedBy: '12315' })
    expect(copyStatusText(replaced, '举报文本')).toBe('剪贴板上现在是“12315”，不再是举报文本。要粘贴举报文本，请先点“再复制举报文本”。')
    expect(replacedNote(copied)).toBe('。投诉文本已不在剪贴板上，需要时点上面的“再复制投诉文本”。')
    expect(replacedNote(replaced)).toBe('。投诉文本已不在剪贴板上，需要时点上面的“再复制投诉文本”。') // a second other copy: still true
    expect(afterOtherCopy(replaced, 'https://www.12315.cn').replacedBy).toBe('https://www.12315.cn')
    expect(copyStatusText(copyOutcome('文本', { ok: true }, true))).toBe('已再次复制到剪贴板。')
  })

  it('a text never copied is not "replaced" by another copy', () => {
    const refused = copyOutcome('文本', { ok: false, message: '没能复制，请长按文字手动复制。' })
    expect(afterOtherCopy(refused, '12315')).toBe(refused)
    expect(replacedNote(refused)).toBe('')
  })

  it('numbers each reveal, so the same target is brought back into view on every press', () => {
    const first = nextReveal(null, 'draft-summary')
    const again = nextReveal(first, 'draft-summary')
    expect(first).toEqual({ id: 'draft-summary', n: 1 })
    expect(again).toEqual({ id: 'draft-summary', n: 2 })
    expect(again).not.toEqual(first) // a new value: the effect that focuses it runs again
    expect(nextReveal(again, 'draft-result')).toEqual({ id: 'draft-result', n: 3 })
  })
})
