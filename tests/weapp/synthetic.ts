/**
 * Helpers for the *.synthetic.test.ts files: the weapp build with SYNTHETIC newer editions that
 * npm run test:weapp:editions makes (scripts/test-weapp-editions.ts: the real 2021 plus two
 * synthetic editions, bench-size's buildWithSyntheticEditions(2)).
 */
import fs from 'fs'
import path from 'path'
import { syntheticEdition } from '../fixtures/synthetic-editions'
import type { RenderedPage } from './shim'

/** The synthetic editions in that build (bench-size syntheticYears(2)); the newest is the last. */
export const SYNTHETIC = ['2022', '2023']

/** An edition's notice title: text only its content has (its meta, in the main package for every edition, does not). */
export function editionTitle(year: string): string {
  if (year === '2021') {
    const real = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/content/editions/2021.json'), 'utf8')) as { document: { title: string } }
    return real.document.title
  }
  return syntheticEdition(year).document.title
}

/**
 * Taps the element with this class whose text contains `text` (j-component reaches Taro's
 * handler at once; the page updates later: wait for what the tap should bring).
 */
export function tapText(page: RenderedPage, selector: string, text: string): void {
  const all = Array.from(page.component.querySelectorAll(selector)) as Array<{ dom?: Node; dispatchEvent(e: string): void }>
  const target = all.find((el) => (el.dom?.textContent ?? '').includes(text))
  if (!target) throw new Error(`no ${selector} with text "${text}" in ${page.path}`)
  target.dispatchEvent('tap')
}
