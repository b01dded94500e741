import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { loadEdition } from '@/content'
import { applyNowParam, today } from '@/lib/clock'
import { currentYear } from '@/lib/editions'
import { readLaunchNow } from '@/platform/launch'
import { installPageA11y } from '@/platform/a11y'
import { installNavigationBar } from '@/platform/nav-bar'
import { installTabBar } from '@/platform/tab-bar'
import { installPageFocus } from '@/platform/page-focus'
import { installNotFoundPage } from '@/platform/not-found'
import { installPrivacyConsent } from '@/platform/privacy'
import { watchForUpdate } from '@/platform/update'
import { forgetStoredCopies } from '@/platform/clipboard'
import { installPageRestore } from '@/platform/bfcache'
import { startContentUpdates } from '@/platform/content-update'
import './ui/focus.scss'
import './app.scss'

// An unknown address (H5 #/pages/nope/index, an outdated card) → 找不到页面, not a blank page.
// Installed as the app loads: Taro's H5 router resolves the first address before useLaunch runs.
installNotFoundPage()
// Signed content updates (only in a build given HQ_CONTENT_ORIGIN/HQ_CONTENT_PUBLIC_KEY): stored ones before the first page, a check after it.
startContentUpdates()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // H5: ?now=YYYY-MM-DD in the address sets the app clock (tests, reviews). weapp: only
    // a page's own `now` parameter does (see lib/use-today.ts).
    applyNowParam(readLaunchNow())
    // Fetch the current edition now, beside the first page's code (the page shows a loading
    // state until it arrives, lib/use-edition.ts; a failure is shown there, with 重试). H5: its
    // chunk; weapp: nothing to fetch when it is the newest (bundled), else require.async.
    loadEdition(currentYear(today())).catch(() => undefined)
    installPageA11y()
    // H5: Taro's title bar, its back / home buttons made keyboard buttons (weapp: WeChat's bar).
    installNavigationBar()
    // H5: the tab bar, drawn by the app (Taro's is a heavy web component; weapp: WeChat's bar).
    installTabBar()
    // H5: after a change of page, the focus on its heading (back: where it was); weapp: WeChat's.
    installPageFocus()
    // weapp: our own consent sheet instead of WeChat's generic pop-up (H5: nothing to do).
    installPrivacyConsent()
    // weapp: a new version downloaded in the background → ask once whether to restart.
    watchForUpdate()
    // H5: an earlier version copied through Taro, which kept every copied text (a composed
    // complaint with name and phone) in localStorage['taro_clipboard']: remove it.
    forgetStoredCopies()
    // H5: a page back from the back-forward cache reads the day and the stored state again.
    installPageRestore()
  })
  return children
}

export default App
