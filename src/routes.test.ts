import { TABS, routePath, routeUrl, isTab, type RouteName } from './routes'

describe('routes', () => {
  it('tabs resolve to main-package pages', () => {
    expect(TABS.map((t) => routePath(t.name))).toEqual(['/pages/home/index', '/pages/events/index', '/pages/complaints/index', '/pages/about/index'])
    expect(isTab('events')).toBe(true)
  })
  it('builds URLs with encoded parameters and skips empty ones', () => {
    expect(routeUrl('home', { now: '2021-09-14', q: '电梯', empty: '' })).toBe('/pages/home/index?now=2021-09-14&q=%E7%94%B5%E6%A2%AF')
  })
  it('refuses an unknown route', () => {
    expect(() => routePath('nowhere' as RouteName)).toThrow(/unknown route "nowhere"/)
  })
})

