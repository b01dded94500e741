/** Every notice anchor a quiz bank links to is one the 关于 tab can scroll to, in the bank's own edition. */
import { quizAnchorFailures } from '../../tests/editions/newest-edition'
import { EDITION_METAS, editionOf, type Edition } from './index'
import { quizOf } from './quiz'

// Each bank against its own edition, whichever year is newest (a new year may come with its bank
// or without one yet); tests/editions/newest-edition.ts holds the logic new-year.test.ts runs too.
const banks = EDITION_METAS.flatMap((m) => { const q = quizOf(m.year); return q ? [[m.year, q] as const] : [] })

it('the real 2021 edition has a bank', () => {
  expect(banks.map(([y]) => y)).toContain('2021')
})

it.each(banks)('every anchor the %s bank links to is one the 关于 tab can scroll to', (year, quiz) => {
  expect(quizAnchorFailures(editionOf(year) as Edition, quiz)).toEqual([])
})
