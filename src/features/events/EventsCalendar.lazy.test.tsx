/**
 * 我的关注 on H5, where each edition's content is fetched on demand (tests/support/edition-files.ts
 * loadEditionsLater): with the SYNTHETIC 2099 edition current and a follow in 2021, the tab's
 * count is right at once (from the editions' metas), the 2021 part says it is loading — it is
 * not left out, nor shown before it is known — and lists the event once 2021 has arrived.
 */
jest.mock('@/platform/navigation', () => ({
  ...jest.requireActual('@/platform/navigation'),
  openPage: jest.fn(),
  openTab: jest.fn()
}))

jest.mock('@/content/edition-files', () => jest.requireActual('../../../tests/fixtures/synthetic-editions').editionFilesWithSynthetic('2099'))

type Rtl = typeof import('@testing-library/react')
type Files = typeof import('../../../tests/support/edition-files')
type Fresh = {
  rtl: Rtl
  files: Files
  content: typeof import('@/content')
  store: typeof import('./store')
  EventsCalendar: typeof import('./EventsCalendar').EventsCalendar
}

process.env.RTL_SKIP_AUTO_CLEANUP = 'true'
// A fresh registry renders the calendar from scratch: slow on a busy machine.
jest.setTimeout(60_000)

function fresh(): Fresh {
  let f: Fresh | undefined
  jest.isolateModules(() => {
    const files = require('@/content/edition-files') as Files
    files.loadEditionsLater()
    f = {
      rtl: require('@testing-library/react') as Rtl,
      files,
      content: require('@/content') as Fresh['content'],
      store: require('./store') as Fresh['store'],
      EventsCalendar: (require('./EventsCalendar') as typeof import('./EventsCalendar')).EventsCalendar
    }
  })
  return f as Fresh
}

it('counts an earlier edition’s follows at once, says they are loading, then lists them', async () => {
  localStorage.clear()
  const { rtl, files, content, store, EventsCalendar } = fresh()
  const loading2099 = content.loadEdition('2099')
  files.finishEditionLoads()
  const current = (await loading2099)!
  rtl.act(() => {
    store.useFollows.setState({ ids: ['2021/open-day'] })
    store.useCalendarView.setState({ view: 'follows', month: null, day: null, categoryId: null, organiserId: null })
  })
  const { unmount } = rtl.render(<EventsCalendar edition={current} today='2099-09-14' />)
  expect(rtl.screen.getByText('我的关注（本届0 · 往届1）')).toBeTruthy()
  expect(rtl.screen.getByRole('status').textContent).toBe('正在加载其他届的关注（1项）…')
  expect(rtl.screen.queryByRole('heading', { level: 2, name: '2021年的关注（1项）' })).toBeNull()
  expect(files.waitingEditionLoads()).toBe(1)

  await rtl.act(async () => files.finishEditionLoads())
  expect(rtl.screen.queryByRole('status')).toBeNull()
  const earlier = rtl.screen.getByRole('heading', { level: 2, name: '2021年的关注（1项）' }).parentElement as HTMLElement
  expect(rtl.within(earlier).getByTestId('event-open-day').textContent).toContain('检验检测机构开放日')
  unmount()
})
