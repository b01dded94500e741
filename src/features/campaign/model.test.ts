import { campaignStatus, statusLabel, yearNotInApp } from './model'

const campaign = { start: '2021-09-01', end: '2021-09-30' }

describe('campaign status on a China date', () => {
  it('before: days to go', () => {
    expect(campaignStatus(campaign, '2021-08-25')).toEqual({ state: 'upcoming', daysToGo: 7 })
    expect(statusLabel(campaignStatus(campaign, '2021-08-31')).detail).toBe('距开始还有1天')
  })
  it('first, middle and last day', () => {
    expect(campaignStatus(campaign, '2021-09-01')).toEqual({ state: 'running', day: 1, totalDays: 30, daysLeft: 29 })
    expect(statusLabel(campaignStatus(campaign, '2021-09-14'))).toEqual({ badge: '进行中', detail: '第14天（共30天），还剩16天' })
    expect(campaignStatus(campaign, '2021-09-30')).toEqual({ state: 'running', day: 30, totalDays: 30, daysLeft: 0 })
  })
  it('after: an archive, not an error', () => {
    const s = campaignStatus(campaign, '2026-11-24')
    expect(s).toEqual({ state: 'ended', endedOn: '2021-09-30' })
    expect(statusLabel(s)).toEqual({ badge: '已结束', detail: '活动已于2021年9月30日结束，以下内容供回顾查阅' })
    expect(statusLabel(s, '2021年活动已结束（存档）')).toEqual({ badge: '已结束', detail: '2021年活动已结束（存档），以下内容供回顾查阅' })
  })
})

describe('campaign status edges', () => {
  it('the day before and the day after', () => {
    expect(campaignStatus(campaign, '2021-08-31')).toEqual({ state: 'upcoming', daysToGo: 1 })
    expect(campaignStatus(campaign, '2021-10-01')).toEqual({ state: 'ended', endedOn: '2021-09-30' })
  })
  it('labels every state in words', () => {
    expect(statusLabel(campaignStatus(campaign, '2021-09-01'))).toEqual({ badge: '进行中', detail: '第1天（共30天），还剩29天' })
    expect(statusLabel(campaignStatus(campaign, '2021-09-30'))).toEqual({ badge: '进行中', detail: '第30天（共30天），今天是最后一天' })
    expect(statusLabel(campaignStatus(campaign, '2020-09-30'))).toEqual({ badge: '未开始', detail: '距开始还有336天' })
  })
  it('a one-day campaign', () => {
    expect(campaignStatus({ start: '2021-09-01', end: '2021-09-01' }, '2021-09-01')).toEqual({ state: 'running', day: 1, totalDays: 1, daysLeft: 0 })
  })
})

describe('yearNotInApp: this year has no campaign in the app', () => {
  const has = (years: string[]) => (y: string) => years.includes(y)
  it('years later, with only 2021 in the app: this year', () => {
    expect(yearNotInApp('2026-12-07', '2021', true, has(['2021']))).toBe('2026')
    expect(yearNotInApp('2022-01-01', '2021', true, has(['2021']))).toBe('2022')
  })
  it('not during the campaign, nor after it in its own year', () => {
    expect(yearNotInApp('2021-09-14', '2021', false, has(['2021']))).toBeNull()
    expect(yearNotInApp('2021-12-31', '2021', true, has(['2021']))).toBeNull()
  })
  it('not when this year\'s edition is in the app, only not yet current', () => {
    expect(yearNotInApp('2022-03-01', '2021', true, has(['2021', '2022']))).toBeNull()
  })
})
