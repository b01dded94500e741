/**
 * @jest-environment jsdom
 */
import { editionOfRequest, injectIntoHtml, pageOfRequest, preloadScript, type RouteFiles } from './route-preload'

const FILES: RouteFiles = {
  'pages/home/index': ['css/home.css', 'js/shared.js', 'js/home.js', 'js/content.js'],
  'packages/events/detail/index': ['css/event.css', 'js/shared.js', 'js/event.js', 'js/content.js']
}

/** Runs the inline script as index.html would, at this address, and returns what it added to <head>. */
function runAt(hash: string): string[] {
  document.head.innerHTML = ''
  window.history.replaceState(null, '', `/?now=2021-09-14${hash}`)
  // eslint-disable-next-line no-new-func
  new Function(preloadScript(FILES, 'pages/home/index', '/'))()
  return Array.from(document.head.children).map((el) =>
    el.tagName === 'LINK'
      ? `link ${el.getAttribute('href')} ${(el as HTMLLinkElement).rel} blocking=${el.getAttribute('blocking')}`
      : `script ${el.getAttribute('src')} async=${(el as HTMLScriptElement).async}`)
}

describe('the opened page starts downloading with the app shell (route-preload)', () => {
  it('an address without a page fetches the first page’s files: its stylesheet (render-blocking) and scripts (async)', () => {
    expect(runAt('')).toEqual([
      'link /css/home.css stylesheet blocking=render',
      'script /js/shared.js async=true',
      'script /js/home.js async=true',
      'script /js/content.js async=true'
    ])
  })

  it('a link to an event page fetches that page’s files and none of 首页’s own', () => {
    const tags = runAt('#/packages/events/detail/index?id=elevator-week&edition=2021')
    expect(tags).toContain('script /js/event.js async=true')
    expect(tags).toContain('link /css/event.css stylesheet blocking=render')
    expect(tags.join('\n')).not.toMatch(/home/)
  })

  it('an address naming no known page fetches nothing (the app shows its not-found page itself)', () => {
    expect(runAt('#/pages/nowhere/index')).toEqual([])
  })

  it('recognises the pages’ import() requests of Taro’s app entry, relative or absolute, and nothing else', () => {
    expect(pageOfRequest('./pages/home/index')).toBe('pages/home/index')
    expect(pageOfRequest('/repo/src/packages/events/detail/index?stamp=1')).toBe('packages/events/detail/index')
    expect(pageOfRequest('C:\\repo\\src\\pages\\about\\index.tsx')).toBe('pages/about/index')
    expect(pageOfRequest('./features/quiz/bank')).toBeUndefined()
    expect(pageOfRequest(undefined)).toBeUndefined()
  })

  it('recognises each edition’s chunk (the lazy require.context over content/editions) by its year', () => {
    expect(editionOfRequest('./2021.json', '/repo/src/content/editions')).toBe('2021')
    expect(editionOfRequest('./2021.quiz.json', '/repo/src/content/editions')).toBeUndefined()
    expect(editionOfRequest('./2021.json', '/repo/src/features/quiz')).toBeUndefined()
    expect(editionOfRequest(undefined, '/repo/src/content/editions')).toBeUndefined()
  })

  it('goes after app.js’s tag (asked for first) and before any stylesheet (which would hold it back)', () => {
    const html = '<html><head><title>t</title><script>rem()</script><script defer src="/js/app.js"></script><link href="/css/app.css" rel="stylesheet"></head><body></body></html>'
    expect(injectIntoHtml(html, 'X()')).toBe('<html><head><title>t</title><script>rem()</script><script defer src="/js/app.js"></script><script>X()</script><link href="/css/app.css" rel="stylesheet"></head><body></body></html>')
    expect(injectIntoHtml('<head><script src="/a.js"></script></head>', 'X()')).toBe('<head><script src="/a.js"></script><script>X()</script></head>')
    expect(() => injectIntoHtml('<body></body>', 'X()')).toThrow(/no <\/head>/)
  })
})
