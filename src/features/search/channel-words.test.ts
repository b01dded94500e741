/**
 * The citizen's words for the complaint channels are grounded in the bundle: each group names
 * a text the bundle gives for that channel (its 受理范围, name, sources) or an answer of
 * 我该找谁？ that leads only to it; and each word finds that channel first.
 */
import { edition } from '@/content/newest'
import { NOTICE_TOP, noticeOutline } from '@/content/outline'
import { CHANNEL_WORDS, HOTLINE, channelKeywords } from './channel-words'
import { editionEntries } from './entries'
import { buildIndex, search } from './model'

/** The channels an answer of 我该找谁？ can end at (following the questions it leads to). */
function channelsAfter(next: string, seen: ReadonlySet<string> = new Set()): Set<string> {
  const guide = edition.complaintGuide
  const outcome = guide.outcomes.find((o) => o.id === next)
  if (outcome) return new Set([outcome.channelId])
  const question = guide.questions.find((q) => q.id === next)
  if (!question || seen.has(next)) return new Set()
  return new Set(question.answers.flatMap((a) => [...channelsAfter(a.next, new Set([...seen, next]))]))
}

/** The bundle's texts that say channel `id` takes something: its own, and the guide's that lead only to it. */
function textsFor(id: string): string[] {
  const channel = edition.channels.find((c) => c.id === id)
  if (!channel) return []
  const own = [channel.name, ...channel.handles, ...channel.sources.map((s) => (s.kind === 'public' ? s.title : s.quote))]
  const guide = edition.complaintGuide
  const answers = guide.questions.flatMap((q) => q.answers)
    .filter((a) => { const after = channelsAfter(a.next); return after.size === 1 && after.has(id) })
    .map((a) => a.label)
  const outcomes = guide.outcomes.filter((o) => o.channelId === id).flatMap((o) => [o.title, o.reason])
  return [...own, ...answers, ...outcomes]
}

describe('the channel words', () => {
  it.each(CHANNEL_WORDS.map((g) => [g.channel, g.words.join('、'), g]))('%s: %s — the bundle says so', (_id, _words, g) => {
    const channel = edition.channels.find((c) => c.id === g.channel)
    expect(channel).toBeDefined()
    if (g.because === HOTLINE) expect(channel?.hotline).toMatch(/^\d+$/)
    else expect(textsFor(g.channel).some((t) => t.includes(g.because))).toBe(true)
  })

  it('name each word once per channel, at its best rank', () => {
    const kw = channelKeywords('12315')
    expect(new Set(kw.map((k) => k.word)).size).toBe(kw.length)
    expect(kw.find((k) => k.word === '假货')).toEqual({ word: '假货', rank: 0 })
    expect(kw.find((k) => k.word === '电话')).toEqual({ word: '电话', rank: 1 })
    expect(channelKeywords('nowhere')).toEqual([])
  })

  const index = buildIndex(editionEntries(edition, noticeOutline(edition), { top: NOTICE_TOP }))
  const firstResult = (q: string) => search(index, q).groups[0]?.hits[0]?.entry

  it.each([
    ['12315', '12315'], ['１２３１５', '12315'], ['投诉', '12315'], ['举报', '12315'], ['维权', '12315'], ['电话', '12315'],
    ['买到假货', '12315'], ['买到假货了怎么办', '12315'], ['网购 退货', '12315'], ['商家不给退款', '12315'], ['手机维修', '12315'],
    ['质量问题', '12315'], ['12345', '12345'], ['热线', '12345'], ['政务服务', '12345'], ['我要投诉政府窗口', '12345'],
    ['不知道找谁', '12345']
  ])('“%s” shows the %s channel first, opening the 投诉 tab at its card', (q, id) => {
    expect(firstResult(q)).toMatchObject({ kind: 'channel', key: id, target: { to: 'complaints', at: id } })
  })

  // 骗: left out on purpose (channel-words.ts); the others are the campaign's own words.
  it.each(['电梯', '口号', '骗', '服务认证', '工匠精神'])('“%s” finds no channel', (q) => {
    expect(search(index, q).groups.find((g) => g.kind === 'channel')).toBeUndefined()
  })
})
