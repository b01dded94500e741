/** H5: a web page updates on reload; nothing to watch. Same names as update.weapp.ts. */
export const UPDATE_PROMPT = { title: '', content: '', confirmText: '', cancelText: '' }

export function watchForUpdate(): boolean {
  return false
}

export function resetUpdateForTests(): void {}
