import { TABS, MAIN_PAGES, SUBPACKAGES } from './routes'
import { APP_DRAWS_TAB_BAR } from './platform/tab-bar-config'
import theme from './theme.json'

// Dark mode. weapp: WeChat draws the title bar, tab bar and window in the system's scheme from
// theme.json (its `@name` values, base library 2.11.0+; older ones ignore darkmode and stay light).
// H5 reads no theme.json: there the app's own bars follow the palette in CSS (app-chrome.h5.scss),
// and Taro's title bar gets the light values it sets inline.
const THEMED = !APP_DRAWS_TAB_BAR
const themed = (key: keyof typeof theme.light): string => (THEMED ? `@${key}` : theme.light[key])

export default defineAppConfig({
  ...(THEMED ? { darkmode: true, themeLocation: 'theme.json' } : {}),
  pages: MAIN_PAGES,
  ...(SUBPACKAGES.length ? { subPackages: SUBPACKAGES.map((s) => ({ root: s.root, pages: s.pages.map((p) => p.path) })) } : {}),
  window: {
    backgroundTextStyle: themed('bgTextStyle'),
    navigationBarBackgroundColor: themed('navBgColor'),
    navigationBarTitleText: '海南质量月',
    navigationBarTextStyle: themed('navTextStyle'),
    // WeChat's default; Taro's H5 router shows its title bar (with the way back) only when it
    // is set: see platform/nav-bar.h5.ts.
    navigationStyle: 'default',
    backgroundColor: themed('bgColor')
  },
  tabBar: {
    // H5: the app draws the tab bar itself (platform/tab-bar.h5.ts); WeChat draws its own from this list.
    custom: APP_DRAWS_TAB_BAR,
    color: themed('tabColor'),
    selectedColor: themed('tabSelectedColor'),
    backgroundColor: themed('tabBgColor'),
    borderStyle: themed('tabBorderStyle') as 'black' | 'white',
    list: TABS.map((t) => ({
      pagePath: t.path,
      text: t.text,
      iconPath: `assets/tab/${t.icon}.png`,
      selectedIconPath: `assets/tab/${t.icon}-active.png`
    }))
  },
  lazyCodeLoading: 'requiredComponents',
  // WeChat search: src/sitemap.json (copied to dist/ by config/index.ts; see docs/privacy.md “微信搜索”).
  sitemapLocation: 'sitemap.json'
})
