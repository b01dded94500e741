/**
 * A citizen's words for the complaint channels' matters: a query that contains one (买到假货,
 * 我要投诉政府窗口) finds that channel first. Each group of words names the text of the
 * content bundle that says the channel takes it — the channel's own 受理范围 (handles), name
 * or sources, or the answer of 我该找谁？ (complaintGuide) that leads to it — and
 * channel-words.test.ts checks that the text is there and leads to that channel. Pure.
 *
 * Only words whose meaning is clear are here. Left out on purpose: 骗 / 被骗 (a telecom or
 * online fraud is a police matter, which the bundle does not cover), 服务 alone (12315's
 * 服务问题 and 12345's 政务服务), 质量 alone (every text of a 质量月 campaign holds it).
 */

/** `because`: a text of the bundle; 'hotline': the channel has a phone number (拨打). */
export type ChannelWords = { channel: string; rank: 0 | 1; words: readonly string[]; because: string }

export const HOTLINE = 'hotline'

export const CHANNEL_WORDS: readonly ChannelWords[] = [
  // 12315: consumer and market matters, complaints against a business and reports of its wrongdoing.
  // 投诉 is rank 1: 12345 takes 政务服务投诉 too, so a more specific word (政府, 窗口) decides.
  { channel: '12315', rank: 1, words: ['投诉'], because: '与商家的消费纠纷（我要投诉）' },
  { channel: '12315', rank: 0, words: ['举报', '违法'], because: '举报违法行为（我要举报）' },
  { channel: '12315', rank: 0, words: ['维权'], because: '全国12315平台消费维权须知' },
  { channel: '12315', rank: 0, words: ['消费', '消费者'], because: '与商家的消费纠纷（我要投诉）' },
  { channel: '12315', rank: 0, words: ['质量问题', '质量差', '伪劣'], because: '产品质量问题' },
  { channel: '12315', rank: 0, words: ['假货', '假冒', '欺诈'], because: '商家欺诈' },
  { channel: '12315', rank: 0, words: ['退货', '退款', '退换', '赔偿'], because: '解决我和商家之间的纠纷，例如退货、退款、赔偿' },
  {
    channel: '12315',
    rank: 0,
    words: ['商家', '商店', '卖家', '店家', '餐馆', '饭店', '网店', '网购', '维修', '售后', '商品'],
    because: '商家（商店、餐馆、网店、维修等）：商品、服务、价格、食品问题或欺诈'
  },
  { channel: '12315', rank: 0, words: ['价格', '食品', '过期', '变质'], because: '商家（商店、餐馆、网店、维修等）：商品、服务、价格、食品问题或欺诈' },
  { channel: '12315', rank: 1, words: ['电话', '热线'], because: HOTLINE },
  // 12345: government services, and the number to ask when it is unclear whom to ask.
  { channel: '12345', rank: 0, words: ['政府', '政务', '办事', '审批', '窗口', '公共服务'], because: '政府部门或公共服务：办事、审批、窗口服务等' },
  { channel: '12345', rank: 0, words: ['热线', '便民'], because: '政务服务便民热线' },
  // Rank 1: people ask, suggest and seek help about anything (咨询12315怎么投诉).
  { channel: '12345', rank: 1, words: ['咨询'], because: '政务服务咨询' },
  { channel: '12345', rank: 1, words: ['建议'], because: '意见建议' },
  { channel: '12345', rank: 1, words: ['求助'], because: '求助' },
  { channel: '12345', rank: 0, words: ['不知道找谁', '不知道找哪', '找哪个部门', '不确定'], because: '不确定该找哪个部门时' },
  { channel: '12345', rank: 1, words: ['电话'], because: HOTLINE }
]

/** The keywords of channel `id`, a word at most once (its best rank). */
export function channelKeywords(id: string): Array<{ word: string; rank: 0 | 1 }> {
  const best = new Map<string, 0 | 1>()
  for (const g of CHANNEL_WORDS) {
    if (g.channel !== id) continue
    for (const w of g.words) best.set(w, Math.min(best.get(w) ?? 1, g.rank) as 0 | 1)
  }
  return [...best].map(([word, rank]) => ({ word, rank }))
}
