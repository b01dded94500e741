/**
 * Every route of the app, declared once. app.config.ts builds `pages` and `tabBar` from
 * here, and navigation (platform/navigation.ts) takes these names, never raw paths.
 */
export const TABS = [
  { name: 'home', path: 'pages/home/index', text: '首页', icon: 'home' },
  { name: 'events', path: 'pages/events/index', text: '活动', icon: 'events' },
  { name: 'complaints', path: 'pages/complaints/index', text: '投诉', icon: 'complaints' },
  { name: 'about', path: 'pages/about/index', text: '关于', icon: 'about' }
] as const

export type TabName = (typeof TABS)[number]['name']

/** Pages in the main package, in order; the first is the start page. */
export const MAIN_PAGES: string[] = TABS.map((t) => t.path)

export function tabPath(name: TabName): string {
  const tab = TABS.find((t) => t.name === name)
  if (!tab) throw new Error(`unknown tab ${name}`)
  return `/${tab.path}`
}
