import { TABS, MAIN_PAGES, SUBPACKAGES } from './routes'
import { colors } from './styles/tokens'
import { APP_DRAWS_TAB_BAR } from './platform/tab-bar-config'

export default defineAppConfig({
  pages: MAIN_PAGES,
  ...(SUBPACKAGES.length ? { subPackages: SUBPACKAGES.map((s) => ({ root: s.root, pages: s.pages.map((p) => p.path) })) } : {}),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: colors.brand,
    navigationBarTitleText: '海南质量月',
    navigationBarTextStyle: 'white',
    // WeChat's default; Taro's H5 router shows its title bar (with the way back) only when it
    // is set: see platform/nav-bar.h5.ts.
    navigationStyle: 'default',
    backgroundColor: colors.background
  },
  tabBar: {
    // H5: the app draws the tab bar itself (platform/tab-bar.h5.ts); WeChat draws its own from this list.
    custom: APP_DRAWS_TAB_BAR,
    color: colors.textSecondary,
    selectedColor: colors.brand,
    backgroundColor: colors.surface,
    borderStyle: 'black',
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
