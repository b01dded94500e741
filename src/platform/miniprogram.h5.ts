import type { MiniProgramTarget, OpenAction, OpenResult } from './miniprogram.shared'

/**
 * H5: a web page cannot open a mini-program (Taro's navigateToMiniProgram only pretends to
 * succeed there), so a tap opens the channel's website in a new tab instead.
 */
export type { MiniProgramTarget, OpenAction, OpenResult }

export function miniProgramAction(target: MiniProgramTarget): OpenAction {
  return target.webUrl ? 'web' : 'none'
}

export async function openMiniProgram(target: MiniProgramTarget): Promise<OpenResult> {
  if (!target.webUrl || typeof window === 'undefined') return { ok: false, reason: 'none', message: '没有可以打开的网址' }
  try {
    // noopener: the new tab gets no handle on this page (window.open then returns null).
    window.open(target.webUrl, '_blank', 'noopener,noreferrer')
    return { ok: true }
  } catch {
    return { ok: false, reason: 'failed', message: '浏览器没能打开新窗口' }
  }
}
