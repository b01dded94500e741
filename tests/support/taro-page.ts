/**
 * A stand-in for `@tarojs/taro` when a test renders pages or screens without a running Taro
 * app: the navigation, scrolling, clipboard and phone calls as jest mocks that succeed, the
 * router's page parameters, and the page's show/hide events, which the test fires itself.
 *
 *   jest.mock('@tarojs/taro', () => require('../../tests/support/taro-page').taroPageModule())
 *   import { page } from '../../tests/support/taro-page'
 *   page.params = { id: 'amr' }; …; page.show()
 *
 * Reset after each test with `page.reset()` (params, page events).
 */
const ok = () => jest.fn(() => Promise.resolve({}))

export const page = {
  /** What useRouter() gives the page. */
  params: {} as Record<string, string>,
  showHandlers: [] as Array<() => void>,
  hideHandlers: [] as Array<() => void>,
  /** Fires the page's show event (useDidShow), as Taro does when the page appears again. */
  show(): void {
    page.showHandlers.forEach((fn) => fn())
  },
  reset(): void {
    page.params = {}
    page.showHandlers = []
    page.hideHandlers = []
  }
}

/** The module object for jest.mock('@tarojs/taro', …). */
export function taroPageModule() {
  return {
    __esModule: true,
    default: {
      switchTab: ok(),
      navigateTo: ok(),
      reLaunch: ok(),
      pageScrollTo: ok(),
      setClipboardData: ok(),
      makePhoneCall: ok()
    },
    useRouter: () => ({ params: page.params }),
    useDidShow: (fn: () => void) => {
      page.showHandlers.push(fn)
    },
    // Fired with the show handlers: a test's page.show() stands for the page appearing.
    useReady: (fn: () => void) => {
      page.showHandlers.push(fn)
    },
    useDidHide: (fn: () => void) => {
      page.hideHandlers.push(fn)
    }
  }
}
