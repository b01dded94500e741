/**
 * The texts each page of the weapp build must show — pages.weapp.test.ts checks them; other
 * tests wait for them as the sign that a page has rendered its content. A page added to
 * app.json needs an entry here (pages.weapp.test.ts fails and says so).
 */

/** 2021's 16 slogans, in order. */
export const SLOGANS = [
  '让质量强省深入人心 让质量提升扎实推进', '坚持质量第一 建设质量强省', '大力提升质量 建设质量强省',
  '深入实施质量强省战略 助力建设自由贸易港', '提升产品和服务质量 推动经济高质量发展', '建设质量强省 共享美好生活',
  '推动高质量发展 共享高品质生活', '优化营商环境 建设质量强省', '推动质量变革 建设质量强省',
  '加强全面质量管理 开展质量提升行动', '弘扬工匠精神 推动品质革命', '夯实质量基石 共筑强国梦想',
  '全民关注质量 质量服务全民', '人人创造质量 人人享受质量', '质量提升 人人有责', '个个树立质量意识 人人创造中国质量'
]

/** Page path (as in app.json) → texts the rendered page must contain. */
export const KEY_TEXT: Record<string, string[]> = {
  // Rendered at today's date (after 2021): an archive, so no 今日口号 tied to the date.
  'pages/home/index': ['开展质量提升行动 推动自贸港高质量发展', '2021年活动已结束（存档）', '活动回顾', '活动口号（共16条）', SLOGANS[0], '活动日历', '投诉举报', '通知全文', '知识问答'],
  'pages/events/index': ['活动日历', '2021年9月', '检验检测机构开放日', '全国 · 9月15日 · 已结束', '9月内 · 具体日期未公布'],
  'pages/complaints/index': ['12315 · 全国12315平台', '12345 · 政务服务便民热线', '拨打 12315', '拨打 12345', '我该找谁？', '写投诉或举报草稿'],
  // Without an id: the helpful message (with an id: tests/weapp/events.weapp.test.ts).
  'packages/events/detail/index': ['没有找到这项活动', '查看全部活动（活动日历）'],
  'packages/complaints/draft/index': ['投诉举报草稿', '商家名称', '发生日期', '生成文本并复制', '清空'],
  'pages/about/index': ['琼质强省办〔2021〕5号', '海南省质量强省工作领导小组办公室文件', '此件主动公开', '目录', '三、活动要求', '附件1', '往届：历年质量月活动'],
  'packages/about/organiser/index': ['没有找到这个主办单位', '省市场监管局'],
  'packages/about/search/index': ['可以搜索活动名称', '电梯'],
  'packages/about/app-info/index': ['关于本程序', '内容包版本', '本机保存的内容'],
  'packages/about/not-found/index': ['找不到这个页面', '这个链接不是本程序的页面', '回到首页'],
  'packages/campaign/slogans/index': ['2021年“质量月”活动口号', '开展质量提升行动 推动自贸港高质量发展', ...SLOGANS],
  'packages/quiz/daily/index': ['质量知识问答', '每日一练 · ', '同一天每个人的题目都一样', '开始每日一练', '开始练习', '成绩只保存在这台手机上'],
  // The repository ships 2021 only: 往届 says there is no earlier edition (today, years later, 2021 is 最近一届, not 本届).
  'packages/archive/list/index': ['最近一届（2021年）', '2021年海南省“质量月”活动', '往届', '没有更早的活动'],
  // Without `edition`: says which year is missing and leads to 往届.
  'packages/archive/edition/index': ['没有这一届', '链接中没有写明是哪一届', '查看往届列表']
}
