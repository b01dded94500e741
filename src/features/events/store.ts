/**
 * The events feature's state.
 *
 * - useFollows: the events the user follows (关注), each named with its edition
 *   (`2021/open-day`), persisted on the phone under `hq:follows` with a schema version; on
 *   load, version 1's bare ids are named with their edition, ids no longer in any edition are
 *   dropped and anything corrupt or foreign is reset (follows.ts, repairFollows), never a crash.
 * - useCalendarView: what the 活动 tab shows (view, month, selected day, filters). Kept in
 *   memory, so it survives switching tabs and opening an event; also kept on the phone for the
 *   same edition and China day only (./view-state), so a page made anew (a reload, the browser's
 *   history, WeChat rebuilding the page) shows it too, while another day starts from the whole
 *   calendar: a filter left on from last week would silently hide events.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { EDITION_METAS } from '@/content'
import { persistedOptions } from '@/lib/persisted'
import { rehydrateOnRestore } from '@/lib/page-restore'
import { deviceStorage, readStored, writeStored } from '@/platform/storage'
import { NO_FILTER, type EventFilter } from './model'
import { repairFollows, toggleId, type FollowsSlice } from './follows'
import {
  CALENDAR_VIEW_KEY, restoredCalendarView, savedCalendarView, type CalendarViewMode, type CalendarViewSlice, type RestoreContext
} from './view-state'

export const FOLLOWS_KEY = 'hq:follows'
/** 2: entries are `<year>/<event id>` (1: bare event ids, from when there was one edition). */
export const FOLLOWS_VERSION = 2

/** Each edition's event ids, by year (from the metas: no edition's content needs loading). */
const KNOWN_IDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  EDITION_METAS.map((m) => [m.year, new Set(m.eventIds)])
)

type FollowsState = FollowsSlice & {
  /** Follows or unfollows `key` (follows.ts, followKey(year, id)). */
  toggle: (key: string) => void
}

export const useFollows = create<FollowsState>()(persist((set) => ({
  ids: [],
  toggle: (id) => set((s) => ({ ids: toggleId(s.ids, id) }))
}), persistedOptions<FollowsState, FollowsSlice>({
  key: FOLLOWS_KEY,
  version: FOLLOWS_VERSION,
  partialize: (s) => ({ ids: s.ids }),
  repair: (stored) => repairFollows(stored, KNOWN_IDS),
  storage: deviceStorage
})))
rehydrateOnRestore(useFollows)

export type { CalendarViewMode } from './view-state'

type ViewState = EventFilter & {
  view: CalendarViewMode
  /** The month shown in the month view (YYYY-MM), or null for the default. */
  month: string | null
  /** The day picked in the month view, or null for the whole month. */
  day: string | null
  setView: (v: CalendarViewMode) => void
  setMonth: (m: string) => void
  pickDay: (d: string | null) => void
  setCategory: (id: string | null) => void
  setOrganiser: (id: string | null) => void
  clearFilters: () => void
}

export const useCalendarView = create<ViewState>()((set) => ({
  ...NO_FILTER,
  view: 'month',
  month: null,
  day: null,
  setView: (view) => set({ view }),
  setMonth: (month) => set({ month, day: null }),
  pickDay: (day) => set({ day }),
  setCategory: (categoryId) => set({ categoryId }),
  setOrganiser: (organiserId) => set({ organiserId }),
  clearFilters: () => set({ ...NO_FILTER })
}))

let restoreTried = false

/**
 * Once per app start, when the 活动 tab first renders: the view kept on the phone, if it is
 * this edition's and today's and valid (./view-state), replaces the fresh one. Later renders
 * (the tab shown again in the same run) keep what is in memory.
 */
export function restoreCalendarView(ctx: RestoreContext): void {
  if (restoreTried) return
  restoreTried = true
  const kept = restoredCalendarView(readStored(CALENDAR_VIEW_KEY), ctx)
  if (kept) useCalendarView.setState(kept)
}

/** Keeps the view on the phone, stamped with its edition and today (China date). */
export function saveCalendarView(state: CalendarViewSlice, edition: string, today: string): void {
  writeStored(CALENDAR_VIEW_KEY, savedCalendarView(state, edition, today))
}
