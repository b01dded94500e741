/** The campaign's status on a given China civil date. Pure. */
import { daysBetween, formatFullDate } from '@/lib/civil-date'

export type CampaignStatus =
  | { state: 'upcoming'; daysToGo: number }
  | { state: 'running'; day: number; totalDays: number; daysLeft: number }
  | { state: 'ended'; endedOn: string }

export function campaignStatus(campaign: { start: string; end: string }, today: string): CampaignStatus {
  if (today < campaign.start) return { state: 'upcoming', daysToGo: daysBetween(today, campaign.start) }
  if (today > campaign.end) return { state: 'ended', endedOn: campaign.end }
  const totalDays = daysBetween(campaign.start, campaign.end) + 1
  const day = daysBetween(campaign.start, today) + 1
  return { state: 'running', day, totalDays, daysLeft: totalDays - day }
}

/**
 * The hero's badge and line. `archive` (e.g. "2021年活动已结束（存档）", given once the edition
 * is an archive by lib/event-dates) replaces the ended line.
 */
export function statusLabel(s: CampaignStatus, archive?: string): { badge: string; detail: string } {
  switch (s.state) {
    case 'upcoming':
      return { badge: '未开始', detail: `距开始还有${s.daysToGo}天` }
    case 'running':
      return { badge: '进行中', detail: `第${s.day}天（共${s.totalDays}天），${s.daysLeft === 0 ? '今天是最后一天' : `还剩${s.daysLeft}天`}` }
    case 'ended':
      return { badge: '已结束', detail: archive ? `${archive}，以下内容供回顾查阅` : `活动已于${formatFullDate(s.endedOn)}结束，以下内容供回顾查阅` }
  }
}

/**
 * The year of `today` (China date) when the app has no campaign for it: the edition shown
 * (`shownYear`) is an archive of an earlier year and no edition of this year is in the app
 * (`has`). 首页 then says plainly that this year's campaign is not in the app, instead of
 * letting an old campaign pass for this year's. Null otherwise: during a campaign, after it
 * in the same year (the year's campaign is the one shown), or when this year's edition is in
 * the app but not yet current (more than 30 days before its start: content/select-edition.ts).
 */
export function yearNotInApp(today: string, shownYear: string, archived: boolean, has: (year: string) => boolean): string | null {
  const year = today.slice(0, 4)
  if (!archived || year <= shownYear || has(year)) return null
  return year
}
