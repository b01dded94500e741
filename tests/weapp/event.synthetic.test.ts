/**
 * The weapp build with SYNTHETIC newer editions (see archive.synthetic.test.ts), a fresh app:
 * pages that show an edition other than the newest wait for WeChat's require.async (played by
 * tests/support/weapp-runtime.js) and show a loading state meanwhile, never another edition.
 */
import { renderPage, requireAsync, unloadAllPages } from './shim'

afterEach(unloadAllPages)

const LOADING = '正在加载活动内容…'

test('an event page with edition=2021 shows a loading state, then the event of 2021', async () => {
  requireAsync.setMode('hold')
  const page = await renderPage('packages/events/detail/index', { id: 'open-day', edition: '2021' }, { until: LOADING })
  await page.waitFor(() => requireAsync.held > 0, 'the download of 2021 to start')
  expect(page.text()).toContain(LOADING)
  expect(page.text()).not.toContain('检验检测机构开放日')
  expect(requireAsync.calls.map((c) => c.resolved)).toEqual(['packages/archive/editions/2021.js'])
  requireAsync.setMode('ok')
  requireAsync.release()
  const want = ['检验检测机构开放日', '2021年海南省“质量月”活动', '主办单位：省市场监管局']
  await page.waitForText(want)
  const text = page.text()
  expect(text).not.toContain(LOADING)
  for (const s of want) expect([s, text.includes(s)]).toEqual([s, true])
  expect(text).not.toContain('合成测试数据')
})

// Last: `now` sets the app clock for the rest of the file.
test('before the newest edition is current (2023-07-01: 2022 is), 首页 loads 2022 from the 往届 subpackage and shows it', async () => {
  requireAsync.setMode('hold')
  const page = await renderPage('pages/home/index', { now: '2023-07-01' }, { until: LOADING })
  const resolved = () => requireAsync.calls.map((c) => c.resolved)
  await page.waitFor(() => resolved().includes('packages/archive/editions/2022.js') && requireAsync.held > 0, 'the download of 2022 to start')
  expect(page.text()).toContain(LOADING)
  expect(resolved()).toContain('packages/archive/editions/2022.js')
  requireAsync.setMode('ok')
  requireAsync.release()
  await page.waitForText('2022年活动已结束（存档）')
  const text = page.text()
  expect(text).not.toContain(LOADING)
  expect(text).toContain('2022年活动已结束（存档）')
  expect(text).not.toContain('2023年活动')
})
