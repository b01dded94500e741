import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { applyNowParam } from '@/lib/clock'
import { readLaunchNow } from '@/platform/launch'
import { installPageA11y } from '@/platform/a11y'
import './ui/focus.scss'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // H5: ?now=YYYY-MM-DD in the address sets the app clock (tests, reviews). weapp: only
    // a page's own `now` parameter does (see lib/use-today.ts).
    applyNowParam(readLaunchNow())
    installPageA11y()
  })
  return children
}

export default App
