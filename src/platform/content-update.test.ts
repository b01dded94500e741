/**
 * H5's fetch for content updates: a slow host counts as unreachable after TIMEOUT_MS, an error
 * status is a rejection, no cookies are sent and the host is asked to revalidate. (The whole
 * flow runs in tests/e2e/content-update.e2e.ts against a build with the settings.)
 */
import { afterFirstScreen, fetchText, FIRST_SCREEN_WAIT_MS, readContentUpdates, startContentUpdates, TIMEOUT_MS } from './content-update.h5'

const realFetch = global.fetch

afterEach(() => {
  global.fetch = realFetch
  jest.useRealTimers()
})

it('gives up on a host that does not answer in time, and aborts the request', async () => {
  jest.useFakeTimers()
  let signal: AbortSignal | undefined
  global.fetch = jest.fn((_url: unknown, init?: RequestInit) => {
    signal = init?.signal ?? undefined
    return new Promise<Response>(() => undefined)
  }) as typeof fetch
  const result = fetchText('https://cdn.example.cn/hq/manifest.json')
  jest.advanceTimersByTime(TIMEOUT_MS - 1)
  expect(signal?.aborted).toBe(false)
  jest.advanceTimersByTime(1)
  await expect(result).rejects.toThrow('超时')
  expect(signal?.aborted).toBe(true)
})

it('rejects an error status, and asks without cookies and with revalidation', async () => {
  const calls: [unknown, RequestInit | undefined][] = []
  global.fetch = jest.fn((url: unknown, init?: RequestInit) => {
    calls.push([url, init])
    return Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve('') } as Response)
  }) as typeof fetch
  await expect(fetchText('https://cdn.example.cn/hq/manifest.json')).rejects.toThrow('HTTP 404')
  expect(calls[0][1]).toMatchObject({ cache: 'no-cache', credentials: 'omit' })
})

it('gives the text of a good answer', async () => {
  global.fetch = jest.fn(() => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve('{"format":1}') } as Response)) as typeof fetch
  await expect(fetchText('https://cdn.example.cn/hq/manifest.json')).resolves.toBe('{"format":1}')
})

it('does nothing, and reads nothing, without the build settings (jest defines none)', () => {
  global.fetch = jest.fn() as typeof fetch
  startContentUpdates()
  window.dispatchEvent(new Event('load'))
  expect(global.fetch).not.toHaveBeenCalled()
  expect(readContentUpdates()).toBeNull()
})

describe('afterFirstScreen: the check waits for the first screen', () => {
  const setReadyState = (state: DocumentReadyState) => Object.defineProperty(document, 'readyState', { value: state, configurable: true })
  afterEach(() => {
    Reflect.deleteProperty(document, 'readyState')
    document.body.innerHTML = ''
  })

  /** Lets the MutationObserver's callbacks run (microtasks), then the timers and frames `ms` ahead. */
  async function advance(ms: number) {
    await Promise.resolve()
    jest.advanceTimersByTime(ms)
    await Promise.resolve()
  }

  it('starts only after the load event, once the page shows its content and that has been painted', async () => {
    jest.useFakeTimers()
    setReadyState('loading')
    document.body.innerHTML = '<div id="app"><div class="taro_page"><div aria-busy="true">正在载入</div></div></div>'
    const done = jest.fn()
    afterFirstScreen(done)
    await advance(1000)
    expect(done).not.toHaveBeenCalled()
    setReadyState('complete')
    window.dispatchEvent(new Event('load'))
    await advance(1000)
    // Loaded, but the page still waits for its edition.
    expect(done).not.toHaveBeenCalled()
    document.querySelector('.taro_page')!.innerHTML = '<h1>质量月</h1><p>“质量月”活动主题</p>'
    await advance(1000)
    expect(done).toHaveBeenCalledTimes(1)
    await advance(FIRST_SCREEN_WAIT_MS)
    expect(done).toHaveBeenCalledTimes(1)
  })

  it('starts after a page that never shows content all the same, FIRST_SCREEN_WAIT_MS after the load event', async () => {
    jest.useFakeTimers()
    setReadyState('complete')
    document.body.innerHTML = '<div id="app"><div class="taro_page"></div></div>'
    const done = jest.fn()
    afterFirstScreen(done)
    await advance(FIRST_SCREEN_WAIT_MS - 1)
    expect(done).not.toHaveBeenCalled()
    await advance(1)
    expect(done).toHaveBeenCalledTimes(1)
  })
})
