/**
 * A weapp build with SYNTHETIC newer editions (npm run test:weapp:editions: the real 2021 and
 * the synthetic 2022 and 2023, tests/fixtures/synthetic-editions.ts), in WeChat's simulator:
 * the main package bundles only the newest (2023); 2021 and 2022 are files of the 往届
 * subpackage that the app loads with WeChat's require.async (played by
 * tests/support/weapp-runtime.js; `requireAsync` in shim.ts records and steers it).
 * Run with WEAPP_SYNTHETIC=1 WEAPP_DIST=<that build> (jest.weapp.config.js).
 * Also: event.synthetic.test.ts (a fresh app, nothing loaded yet).
 */
import fs from 'fs'
import path from 'path'
import { ARCHIVE_EDITIONS_DIR } from '../../config/archive-editions'
import { DIST, renderPage, requireAsync, unloadAllPages, type RenderedPage } from './shim'
import { SYNTHETIC, editionTitle, tapText } from './synthetic'

afterEach(unloadAllPages)

const LOADING = '正在加载活动内容…'
const FAILED = '活动内容没有加载成功'

describe('the build (2021, 2022 and the newest, 2023)', () => {
  const js = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? js(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : [])
  const files = js(DIST).map((f) => ({ rel: path.relative(DIST, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }))
  const where = (s: string) => files.filter((f) => f.text.includes(s)).map((f) => f.rel)

  test('is the synthetic one: its newest edition is SYNTHETIC 2023', () => {
    expect(SYNTHETIC).toEqual(['2022', '2023'])
    expect(where(editionTitle('2023'))).toEqual(['common.js'])
  })

  test('2021 and 2022 are only in the 往届 subpackage, each a CommonJS file with its Chinese text as UTF-8', () => {
    for (const year of ['2021', '2022']) {
      const file = `${ARCHIVE_EDITIONS_DIR}/${year}.js`
      expect([year, where(editionTitle(year))]).toEqual([year, [file]])
      const text = files.find((f) => f.rel === file)!.text
      expect(text.startsWith('module.exports=')).toBe(true)
      expect(text).not.toMatch(/\\u[0-9a-f]{4}/i)
    }
  })

  test('the loader\'s require.async path is in a root-level file only (it is relative to that file)', () => {
    const withPath = where(`./${ARCHIVE_EDITIONS_DIR}/`)
    expect(withPath).toEqual(['common.js'])
  })
})

describe('pages', () => {
  const loads = (year: string) => requireAsync.calls.filter((c) => c.resolved === `${ARCHIVE_EDITIONS_DIR}/${year}.js`).length

  test('the newest edition\'s tab pages render at once, with no require.async', async () => {
    const texts: Record<string, string[]> = {
      'pages/home/index': ['2023年活动已结束（存档）', '活动口号（共16条）'],
      'pages/events/index': ['活动日历', '2023年9月'],
      'pages/complaints/index': ['12315 · 全国12315平台'],
      'pages/about/index': ['琼质强省办〔2023〕5号', '往届：历年质量月活动']
    }
    for (const [page, want] of Object.entries(texts)) {
      const p = await renderPage(page, {}, { until: want })
      const text = p.text()
      // Never a loading state, not even before the content: the newest edition is in the main package.
      expect([page, text.includes(LOADING), p.hasShown(LOADING)]).toEqual([page, false, false])
      for (const s of want) expect([page, s, text.includes(s)]).toEqual([page, s, true])
      p.unload()
    }
    expect(requireAsync.calls).toEqual([])
  })

  test('往届 lists 2022 and 2021 from the metas, loading neither', async () => {
    const want = ['2022年海南省“质量月”活动（合成测试数据）', '2021年海南省“质量月”活动']
    const page = await renderPage('packages/archive/list/index', {}, { until: want })
    const text = page.text()
    for (const s of want) expect([s, text.includes(s)]).toEqual([s, true])
    expect(requireAsync.calls).toEqual([])
  })

  test('the 往届 page of 2021 shows a loading state, then 2021 from packages/archive/editions/2021.js', async () => {
    requireAsync.setMode('hold')
    const page = await renderPage('packages/archive/edition/index', { edition: '2021' }, { until: LOADING })
    await page.waitFor(() => requireAsync.held > 0, 'the download of 2021 to start')
    expect(page.text()).toContain(LOADING)
    expect(page.text()).not.toContain('琼质强省办')
    expect(requireAsync.calls).toEqual([{ from: 'common.js', path: './packages/archive/editions/2021.js', resolved: 'packages/archive/editions/2021.js' }])
    requireAsync.setMode('ok')
    requireAsync.release()
    const want = ['往届 · 存档：2021年海南省“质量月”活动', '琼质强省办〔2021〕5号', '检验检测机构开放日']
    await page.waitForText(want)
    const text = page.text()
    expect(text).not.toContain(LOADING)
    for (const s of want) expect([s, text.includes(s)]).toEqual([s, true])
    expect(text).not.toContain('2023')
  })

  test('offline: the 往届 page of 2022 says it did not load and offers 重试, which loads it', async () => {
    requireAsync.setMode('fail')
    const page: RenderedPage = await renderPage('packages/archive/edition/index', { edition: '2022' }, { until: FAILED })
    expect(page.text()).toContain('重试')
    expect(page.text()).not.toContain('琼质强省办')
    requireAsync.setMode('hold')
    const before = loads('2022')
    tapText(page, '.hq-button', '重试')
    await page.waitForText(LOADING)
    // The retry's download is held: it is what brings 2022 (release() below), not a timer.
    await page.waitFor(() => loads('2022') > before && requireAsync.held > 0, 'the retry\'s download of 2022 to start')
    expect(page.text()).toContain(LOADING)
    expect(page.text()).not.toContain(FAILED)
    requireAsync.setMode('ok')
    requireAsync.release()
    const want = ['往届 · 存档：2022年海南省“质量月”活动（合成测试数据）', '琼质强省办〔2022〕5号']
    await page.waitForText(want)
    const text = page.text()
    for (const s of want) expect([s, text.includes(s)]).toEqual([s, true])
    expect(text).not.toContain(LOADING)
    // 2021 once (then kept); 2022 again after the failure (a render may also try again on its own).
    expect(requireAsync.calls.filter((c) => c.path.endsWith('2021.js'))).toHaveLength(1)
    expect(new Set(requireAsync.calls.map((c) => `${c.from} → ${c.path}`))).toEqual(new Set(['common.js → ./packages/archive/editions/2021.js', 'common.js → ./packages/archive/editions/2022.js']))
  })
})
