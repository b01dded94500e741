import type { MiniProgramTarget, OpenAction } from './miniprogram-target'

/**
 * H5: a web page cannot open a mini-program (Taro's navigateToMiniProgram only pretends to
 * succeed there), so a tap opens the channel's website in a new tab instead.
 */
export type { MiniProgramTarget, OpenAction }

export function miniProgramAction(target: MiniProgramTarget): OpenAction {
  return target.webUrl ? 'web' : 'none'
}

export async function openMiniProgram(target: MiniProgramTarget): Promise<boolean> {
  if (!target.webUrl || typeof window === 'undefined') return false
  try {
    // noopener: the new tab gets no handle on this page (window.open then returns null).
    window.open(target.webUrl, '_blank', 'noopener,noreferrer')
    return true
  } catch {
    return false
  }
}
