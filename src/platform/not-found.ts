import Taro from '@tarojs/taro'
import { routeUrl } from '@/routes'

/**
 * An address that is not a page of the app (an old or mistyped link, e.g. #/pages/nope/index
 * on H5, or a page path a chat card kept after an update) opens the 找不到页面 page instead of
 * a blank screen. Both WeChat (wx.onPageNotFound) and Taro's H5 router (its 404) report it
 * here; the missing page is replaced, so going back does not return to the blank one.
 */
export function installNotFoundPage(): void {
  Taro.onPageNotFound((res) => {
    const url = routeUrl('not-found', { path: res.path })
    Taro.redirectTo({ url }).catch(() => Taro.reLaunch({ url }))
  })
}
