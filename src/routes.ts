/**
 * Every route of the app, declared once. app.config.ts builds `pages`, `subPackages` and
 * `tabBar` from here; navigation (platform/navigation.ts) takes these names, never raw
 * paths. Tab pages live in the main package; other pages in subpackages (WeChat loads a
 * subpackage when first opened, keeping the main package small).
 */
export const TABS = [
  { name: 'home', path: 'pages/home/index', text: '首页', icon: 'home' },
  { name: 'events', path: 'pages/events/index', text: '活动', icon: 'events' },
  { name: 'complaints', path: 'pages/complaints/index', text: '投诉', icon: 'complaints' },
  { name: 'about', path: 'pages/about/index', text: '关于', icon: 'about' }
] as const

/**
 * Subpackages, one per feature that has pages beyond its tab. Each page: a route name
 * (used by openPage) and its path inside the subpackage root.
 */
export const SUBPACKAGES = [
  { root: 'packages/events', pages: [{ name: 'event', path: 'detail/index' }] },
  { root: 'packages/complaints', pages: [{ name: 'draft', path: 'draft/index' }] },
  {
    root: 'packages/about',
    pages: [
      { name: 'organiser', path: 'organiser/index' },
      { name: 'search', path: 'search/index' },
      { name: 'app-info', path: 'app-info/index' },
      // Where an unknown address leads (platform/not-found.ts), instead of a blank page.
      { name: 'not-found', path: 'not-found/index' }
    ]
  },
  { root: 'packages/campaign', pages: [{ name: 'slogans', path: 'slogans/index' }] },
  { root: 'packages/quiz', pages: [{ name: 'quiz', path: 'daily/index' }] },
  {
    root: 'packages/archive',
    pages: [
      { name: 'editions', path: 'list/index' },
      { name: 'edition', path: 'edition/index' }
    ]
  }
] as const

export type TabName = (typeof TABS)[number]['name']
export type SubpageName = (typeof SUBPACKAGES)[number]['pages'][number]['name']
/** Every route name: `openPage('evnt')` does not compile. */
export type RouteName = TabName | SubpageName

type NoParams = Record<string, never>
/** Checks at compile time that every route, and nothing else, has its parameters listed. */
type ParamsFor<T extends Record<RouteName, object> & { [K in Exclude<keyof T, RouteName>]: never }> = T

/**
 * What each route takes (all strings in a URL). A tab cannot take page parameters in
 * WeChat (switchTab drops them): navigation hands a tab's parameters over in memory.
 *
 * `edition` (a year, e.g. "2021") names the edition whose content a page shows, so a link
 * shared in 2021 still opens 2021 after 2022 ships. Without it (links shared before editions
 * had names) a page shows the edition that has what the link points at, else the current one.
 */
export type RouteParams = ParamsFor<{
  home: NoParams
  events: NoParams
  /** `at`: the card to open at, a channel's id or 'guide' (我该找谁？); `q`: the search that led there. */
  complaints: { at?: string; q?: string }
  /** The notice at a paragraph or section anchor (features/notice); `q`: the search that led there;
   * another edition's paragraph opens its 往届 page. */
  about: { anchor?: string; q?: string; edition?: string }
  event: { id: string; edition?: string }
  /** `kind` is used only for a blank draft. */
  draft: { kind?: 'complaint' | 'report' }
  organiser: { id: string; edition?: string }
  search: { q?: string; edition?: string }
  /** `source`: a public source's id to mark (the quiz links its answers there). */
  'app-info': { source?: string; edition?: string }
  slogans: { id?: string; edition?: string }
  /** `path`: the address that is not a page of the app, to say which. */
  'not-found': { path?: string }
  /** `date`: a shared day's 每日一练 (YYYY-MM-DD). */
  quiz: { date?: string; edition?: string }
  /** 往届: every edition but the current one. */
  editions: NoParams
  /** One edition read as an archive (its notice, events and slogans); `anchor` as for about. */
  edition: { edition: string; anchor?: string }
}>

/** Pages in the main package, in order; the first is the start page. */
export const MAIN_PAGES: string[] = TABS.map((t) => t.path)

export function isTab(name: RouteName): name is TabName {
  return TABS.some((t) => t.name === name)
}

/** The absolute path of a route, e.g. /pages/home/index or /packages/events/detail/index. */
export function routePath(name: RouteName): string {
  const tab = TABS.find((t) => t.name === name)
  if (tab) return `/${tab.path}`
  for (const sub of SUBPACKAGES) {
    const page = sub.pages.find((p) => p.name === name)
    if (page) return `/${sub.root}/${page.path}`
  }
  throw new Error(`unknown route "${name}"`)
}

/** Kept for the tab bar: the absolute path of a tab. */
export function tabPath(name: TabName): string {
  return routePath(name)
}

/**
 * A route's URL with its query, e.g. /packages/events/detail/index?id=open-day. Empty
 * values are left out. (Query values other than the route's own, such as `now`, may be added.)
 */
export function routeUrl(name: RouteName, params: Readonly<Record<string, string | undefined>> = {}): string {
  const query = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  return query ? `${routePath(name)}?${query}` : routePath(name)
}
