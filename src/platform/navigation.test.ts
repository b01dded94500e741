import Taro from '@tarojs/taro'
import { openPage, takeTabParams } from './navigation'

afterEach(() => jest.restoreAllMocks())

describe('openPage', () => {
  it('opens a page by route name with its parameters', () => {
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    openPage('event', { id: 'open-day' })
    expect(nav).toHaveBeenCalledWith({ url: '/packages/events/detail/index?id=open-day' })
  })

  it('switches to a tab and hands its parameters over once', () => {
    const tab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    openPage('about', { anchor: 'notice-work-2' })
    expect(tab).toHaveBeenCalledWith({ url: '/pages/about/index' })
    expect(takeTabParams('about')).toEqual({ anchor: 'notice-work-2' })
    expect(takeTabParams('about')).toEqual({})
  })
})

// Checked by `tsc --noEmit` (never run): route names and their parameters are typed.
export function typeChecks(): void {
  openPage('event', { id: 'open-day' })
  openPage('app-info')
  openPage('search')
  openPage('about', { anchor: 'notice-work-1' })
  // @ts-expect-error a misspelt route name does not compile
  openPage('evnt', { id: 'open-day' })
  // @ts-expect-error an event page needs its id
  openPage('event')
  // @ts-expect-error a parameter the route does not take
  openPage('organiser', { id: 'amr', q: '电梯' })
  // @ts-expect-error a page without parameters takes none
  openPage('app-info', { id: 'x' })
  // @ts-expect-error a draft's kind is complaint or report
  openPage('draft', { kind: 'refund' })
}
