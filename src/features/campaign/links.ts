/**
 * Where the home page's links go. Kept in one place so a destination can change with
 * one edit.
 */
import type { Edition } from '@/content'
import { openPage, openTab } from '@/platform/navigation'

/** The 口号 page, with one slogan highlighted when `id` is given. */
export function openSlogans(id?: string): void {
  openPage('slogans', id ? { id } : {})
}

export type QuickEntry = { key: string; label: string; hint: string; open: () => void }

/** 首页's quick entries, in order. */
export const QUICK_ENTRIES: readonly QuickEntry[] = [
  { key: 'events', label: '活动日历', hint: '各项活动的日期', open: () => openTab('events') },
  { key: 'complaints', label: '投诉举报', hint: '12315 · 12345', open: () => openTab('complaints') },
  { key: 'slogans', label: '口号', hint: '16条活动口号', open: () => openSlogans() },
  { key: 'notice', label: '通知全文', hint: '琼质强省办〔2021〕5号', open: () => openTab('about') },
  { key: 'quiz', label: '知识问答', hint: '每日一练 · 10道题', open: () => openPage('quiz') }
]

/**
 * 首页's quick entries with the edition's own figures: its number of slogans and its document
 * number. Once the edition is an archive (`archived`), 投诉举报 (12315 · 12345) comes first:
 * the channels are what stays useful after the campaign, its calendar is history.
 */
export function quickEntriesFor(edition: Edition, archived = false): QuickEntry[] {
  const entries = QUICK_ENTRIES.map((e) => {
    if (e.key === 'slogans') return { ...e, hint: `${edition.slogans.items.length}条活动口号` }
    if (e.key === 'notice') return { ...e, hint: edition.document.number }
    return e
  })
  if (!archived) return entries
  return [...entries.filter((e) => e.key === 'complaints'), ...entries.filter((e) => e.key !== 'complaints')]
}
