/**
 * 首页 as the app starts on H5, where the current edition's content is a chunk fetched on
 * demand (tests/support/edition-files.ts loadEditionsLater): a short loading message, announced
 * to screen readers, until it arrives — nothing blank, no campaign shown before it is known —
 * then the campaign; a failed fetch says so and 重试 fetches it again.
 */
jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())
// The whole page in one step (paint.weapp.ts), not H5's two frames: those are home.two-step.test.tsx's.
jest.mock('@/platform/paint', () => jest.requireActual('@/platform/paint.weapp'))

type Rtl = typeof import('@testing-library/react')
type Files = typeof import('../../../tests/support/edition-files')
type Fresh = { rtl: Rtl; files: Files; HomePage: () => JSX.Element }

process.env.RTL_SKIP_AUTO_CLEANUP = 'true'

/** The app as it starts: a fresh module registry, nothing loaded, loads waiting for the test. */
function start(now: string): Fresh {
  let f: Fresh | undefined
  jest.isolateModules(() => {
    const files = require('@/content/edition-files') as Files
    files.loadEditionsLater()
    ;(require('../../../tests/support/taro-page') as typeof import('../../../tests/support/taro-page')).page.params = { now }
    f = { rtl: require('@testing-library/react') as Rtl, files, HomePage: (require('./index') as { default: () => JSX.Element }).default }
  })
  return f as Fresh
}

it('shows a loading status until the current edition arrives, then the campaign', async () => {
  const { rtl, files, HomePage } = start('2021-09-14')
  const { unmount } = rtl.render(<HomePage />)
  const status = rtl.screen.getByRole('status')
  expect(status.textContent).toBe('正在加载活动内容…')
  expect(status.getAttribute('aria-busy')).toBe('true')
  expect(rtl.screen.queryByText('进行中')).toBeNull()
  expect(rtl.screen.queryByText('今日口号 · 9月14日')).toBeNull()

  await rtl.act(async () => files.finishEditionLoads())
  expect(rtl.screen.queryByText('正在加载活动内容…')).toBeNull()
  expect(rtl.screen.getByText('进行中')).toBeTruthy()
  expect(rtl.screen.getByText('今日口号 · 9月14日')).toBeTruthy()
  unmount()
})

it('says when the content could not be loaded, and 重试 loads it', async () => {
  const { rtl, files, HomePage } = start('2021-09-14')
  const { unmount } = rtl.render(<HomePage />)
  await rtl.act(async () => files.failEditionLoads())
  expect(rtl.screen.getByRole('alert').textContent).toContain('活动内容没有加载成功')
  expect(rtl.screen.queryByText('进行中')).toBeNull()

  rtl.fireEvent.click(rtl.screen.getByText('重试'))
  expect(rtl.screen.getByRole('status').textContent).toBe('正在加载活动内容…')
  await rtl.waitFor(() => expect(files.waitingEditionLoads()).toBeGreaterThan(0))
  await rtl.act(async () => files.finishEditionLoads())
  expect(rtl.screen.getByText('进行中')).toBeTruthy()
  unmount()
})
