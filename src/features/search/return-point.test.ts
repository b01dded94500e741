import { forgetReturnPoint, hitId, keptQuery, rememberOpened, returnPointFor, showsAllAtFirst } from './return-point'

afterEach(() => forgetReturnPoint())

it('gives the opened result back to the same search only (words trimmed), until forgotten', () => {
  expect(returnPointFor('质量')).toBeNull()
  rememberOpened(' 质量 ', 'notice', 'notice-work-4')
  expect(returnPointFor('质量')).toEqual({ query: '质量', kind: 'notice', key: 'notice-work-4' })
  expect(returnPointFor('质量整治')).toBeNull()
  expect(returnPointFor('')).toBeNull()
  forgetReturnPoint()
  expect(returnPointFor('质量')).toBeNull()
})

it('a group starts in full only when the result to return to is past its first ones', () => {
  const keys = Array.from({ length: 25 }, (_, i) => `k${i}`)
  const at = (key: string, kind = 'notice') => ({ query: 'q', kind, key })
  expect(showsAllAtFirst('notice', keys, at('k22'), 20)).toBe(true)
  expect(showsAllAtFirst('notice', keys, at('k20'), 20)).toBe(true)
  expect(showsAllAtFirst('notice', keys, at('k19'), 20)).toBe(false)
  expect(showsAllAtFirst('notice', keys, at('k22', 'activity'), 20)).toBe(false)
  expect(showsAllAtFirst('notice', keys, at('gone'), 20)).toBe(false)
  expect(showsAllAtFirst('notice', keys, null, 20)).toBe(false)
})

it('a result\'s DOM id is a valid id whatever its key', () => {
  expect(hitId('notice', 'notice-work-4')).toBe('search-hit-notice-notice-work-4')
  expect(hitId('activity', 'amr 3/一')).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/)
})

it('the words kept in a history entry count only when well formed and of the same edition and day', () => {
  const stamp = '2021|2021-09-14'
  expect(keptQuery({ query: '买到假货', stamp }, stamp)).toBe('买到假货')
  expect(keptQuery({ query: '', stamp }, stamp)).toBe('')
  expect(keptQuery({ query: '买到假货', stamp: '2021|2021-09-13' }, stamp)).toBeNull()
  expect(keptQuery({ query: '买到假货', stamp: '2022|2021-09-14' }, stamp)).toBeNull()
  for (const corrupt of [undefined, null, 'text', 42, [], ['q'], { query: 7, stamp }, { stamp }, { query: 'x'.repeat(101), stamp }]) {
    expect(keptQuery(corrupt, stamp)).toBeNull()
  }
})
