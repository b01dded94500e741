/**
 * The edition hooks while an edition's content loads, as on H5 where each edition is a chunk
 * fetched on demand (tests/support/edition-files.ts loadEditionsLater). Each test starts a
 * fresh module registry, so nothing is loaded yet: the first render says `loading`, then the
 * edition arrives; a failed fetch says `failed` and `retry` fetches it again. Without the
 * delay (an edition bundled with the app: jest, weapp's newest) the hooks are ready at once.
 * The same hooks run on weapp, where editions other than the newest load with require.async
 * (tests/weapp/archive.synthetic.test.ts).
 */
jest.mock('@tarojs/taro', () => require('../../tests/support/taro-page').taroPageModule())

// A new edition ships: SYNTHETIC 2099 beside the real 2021 (for this whole file).
jest.mock('@/content/edition-files', () => jest.requireActual('../../tests/fixtures/synthetic-editions').editionFilesWithSynthetic('2099'))

// Each test renders in a fresh registry: slow on a busy machine.
jest.setTimeout(60_000)

type Rtl = typeof import('@testing-library/react')
type Files = typeof import('../../tests/support/edition-files')
type Hooks = typeof import('./use-edition')
type Fresh = { rtl: Rtl; files: Files; hooks: Hooks; page: typeof import('../../tests/support/taro-page').page; content: typeof import('@/content') }

// Each test renders with its own registry's testing library; it cleans up itself.
process.env.RTL_SKIP_AUTO_CLEANUP = 'true'

function fresh(later: boolean, params: Record<string, string> = {}): Fresh {
  let f: Fresh | undefined
  jest.isolateModules(() => {
    const files = require('@/content/edition-files') as Files
    if (later) files.loadEditionsLater()
    const page = (require('../../tests/support/taro-page') as { page: Fresh['page'] }).page
    page.params = params
    f = { rtl: require('@testing-library/react') as Rtl, files, hooks: require('./use-edition') as Hooks, page, content: require('@/content') as Fresh['content'] }
  })
  return f as Fresh
}

describe('useCurrentEdition', () => {
  it('says loading, then gives the edition once its content arrives (first render waited)', async () => {
    const { rtl, files, hooks } = fresh(true, { now: '2021-09-14' })
    const { result, unmount } = rtl.renderHook(() => hooks.useCurrentEdition())
    expect(result.current.status).toBe('loading')
    expect(result.current.edition).toBeUndefined()
    expect(files.waitingEditionLoads()).toBe(1)
    await rtl.act(async () => files.finishEditionLoads())
    expect(result.current.status).toBe('ready')
    expect(result.current.edition?.campaign.name).toBe('2021年海南省“质量月”活动')
    expect(result.current.today).toBe('2021-09-14')
    expect(result.current.waited).toBe(true)
    unmount()
  })

  it('says failed when the content cannot be fetched, and retry fetches it again', async () => {
    const { rtl, files, hooks } = fresh(true, { now: '2021-09-14' })
    const { result, unmount } = rtl.renderHook(() => hooks.useCurrentEdition())
    await rtl.act(async () => files.failEditionLoads())
    expect(result.current.status).toBe('failed')
    expect(result.current.edition).toBeUndefined()
    rtl.act(() => result.current.retry())
    expect(result.current.status).toBe('loading')
    await rtl.waitFor(() => expect(files.waitingEditionLoads()).toBeGreaterThan(0))
    await rtl.act(async () => files.finishEditionLoads())
    expect(result.current.status).toBe('ready')
    expect(result.current.edition?.campaign.month).toBe('2021-09')
    unmount()
  })

  it('after a failed load, renders do not fetch again by themselves (retry or another page does); a load no one awaits fails quietly', async () => {
    const { rtl, files, hooks, content } = fresh(true, { now: '2021-09-14' })
    const { result, rerender, unmount } = rtl.renderHook(() => hooks.useCurrentEdition())
    await rtl.act(async () => files.failEditionLoads())
    expect(result.current.status).toBe('failed')
    rerender()
    rerender()
    expect(content.editionOf('2021')).toBeUndefined()
    expect(files.waitingEditionLoads()).toBe(0)
    expect(result.current.status).toBe('failed')
    // Another page asking for it (its hook's effect) fetches it again.
    const other = rtl.renderHook(() => hooks.useCurrentEdition())
    await rtl.waitFor(() => expect(files.waitingEditionLoads()).toBe(1))
    await rtl.act(async () => files.failEditionLoads())
    // A load that only a render started (editionOf) and nothing awaits, failing.
    expect(content.editionOf('2099')).toBeUndefined()
    expect(files.waitingEditionLoads()).toBe(1)
    await rtl.act(async () => files.failEditionLoads())
    // Quietly: jest fails the running test when Node reports an unhandled rejection (a
    // listener of the test's own `process` would never hear of it), and Node reports them once
    // the event loop turns — advanceTimersByTimeAsync first yields to it. The 50 ms of fake
    // time then show that nothing fetches again by itself.
    jest.useFakeTimers()
    try {
      await jest.advanceTimersByTimeAsync(50)
    } finally {
      jest.useRealTimers()
    }
    expect(files.waitingEditionLoads()).toBe(0)
    expect(result.current.status).toBe('failed')
    expect(other.result.current.status).toBe('failed')
    other.unmount()
    unmount()
  })

  it('is ready on the first render where the edition is bundled (jest; weapp\'s newest)', () => {
    const { rtl, files, hooks } = fresh(false, { now: '2021-09-14' })
    const { result, unmount } = rtl.renderHook(() => hooks.useCurrentEdition())
    expect(result.current.status).toBe('ready')
    expect(result.current.edition?.campaign.month).toBe('2021-09')
    expect(result.current.waited).toBe(false)
    expect(files.waitingEditionLoads()).toBe(0)
    unmount()
  })
})

describe('usePageEdition', () => {
  it('loads the edition a link names (?edition=2021), then gives it', async () => {
    const { rtl, files, hooks } = fresh(true, { edition: '2021', now: '2026-11-26' })
    const { result, unmount } = rtl.renderHook(() => hooks.usePageEdition((e) => e.events.some((x) => x.id === 'open-day')))
    expect(result.current.status).toBe('loading')
    await rtl.act(async () => files.finishEditionLoads())
    expect(result.current.status).toBe('ready')
    expect(result.current.edition?.campaign.month).toBe('2021-09')
    unmount()
  })
})

describe('usePageEdition for a link without an edition', () => {
  it('loads the current edition first, and only when it lacks what the link points at, the others, then gives the one that has it', async () => {
    const { rtl, files, hooks } = fresh(true, { now: '2099-09-14' })
    const { result, unmount } = rtl.renderHook(() => hooks.usePageEdition((e) => e.campaign.month === '2021-09'))
    expect(result.current.status).toBe('loading')
    expect(files.waitingEditionLoads()).toBe(1)
    // 2099 (current) arrives and lacks it: every edition is needed to find the one that has it.
    await rtl.act(async () => files.finishEditionLoads())
    expect(result.current.status).toBe('loading')
    expect(result.current.edition).toBeUndefined()
    expect(files.waitingEditionLoads()).toBe(1)
    await rtl.act(async () => files.finishEditionLoads())
    expect(result.current.status).toBe('ready')
    expect(result.current.edition?.campaign.month).toBe('2021-09')
    unmount()
  })

  it('gives the current edition when it has what the link points at, loading nothing else', async () => {
    const { rtl, files, hooks } = fresh(true, { now: '2099-09-14' })
    const { result, unmount } = rtl.renderHook(() => hooks.usePageEdition((e) => e.events.some((x) => x.id === 'open-day')))
    await rtl.act(async () => files.finishEditionLoads())
    expect(result.current.status).toBe('ready')
    expect(result.current.edition?.campaign.month).toBe('2099-09')
    expect(files.waitingEditionLoads()).toBe(0)
    unmount()
  })
})

describe('useEditionOf (往届 pages)', () => {
  it('an unknown year is known to be missing at once, with nothing to fetch', () => {
    const { rtl, files, hooks } = fresh(true)
    const { result, unmount } = rtl.renderHook(() => hooks.useEditionOf('1999'))
    expect(result.current.known).toBe(false)
    expect(result.current.edition).toBeUndefined()
    expect(files.waitingEditionLoads()).toBe(0)
    unmount()
  })
})
