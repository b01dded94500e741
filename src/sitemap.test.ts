/**
 * WeChat search (src/sitemap.json, app.config.ts sitemapLocation): the content pages that
 * show the same to everyone are allowed — 首页, 活动, event pages, 口号, 关于, organisers, 往届 —
 * the draft page is disallowed, and nothing else is indexed (the 投诉 tab shows the user's
 * own unfinished draft; search results and 关于本程序 are not content pages). Every page
 * named is a real route, and the draft's rule comes before any allow.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { routePath, type RouteName } from './routes'

type Rule = { action?: 'allow' | 'disallow'; page: string; params?: string[] }
const sitemap = JSON.parse(readFileSync(resolve(__dirname, 'sitemap.json'), 'utf8')) as { rules: Rule[] }
const page = (name: RouteName) => routePath(name).slice(1)

/** WeChat's reading without params or priorities: the first rule naming the page (or *) decides; none → allowed. */
function indexed(path: string): boolean {
  const rule = sitemap.rules.find((r) => r.page === path || r.page === '*')
  return !rule || (rule.action ?? 'allow') === 'allow'
}

it('allows exactly the content pages and disallows the draft page', () => {
  for (const name of ['home', 'events', 'event', 'slogans', 'about', 'organiser', 'editions', 'edition'] as const) expect([name, indexed(page(name))]).toEqual([name, true])
  for (const name of ['draft', 'complaints', 'search', 'app-info', 'quiz'] as const) expect([name, indexed(page(name))]).toEqual([name, false])
})

it('names only real pages, with no params or priorities that would change that reading', () => {
  const all = (['home', 'events', 'complaints', 'about', 'event', 'draft', 'organiser', 'search', 'app-info', 'slogans', 'quiz', 'editions', 'edition'] as const).map(page)
  for (const r of sitemap.rules) {
    if (r.page !== '*') expect(all).toContain(r.page)
    expect(Object.keys(r).sort()).toEqual(['action', 'page'])
  }
  expect(sitemap.rules.at(-1)).toEqual({ action: 'disallow', page: '*' })
})
