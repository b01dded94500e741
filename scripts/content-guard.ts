/**
 * Loads a bundle file and validates it: the core of `npm run content:check`, which the
 * build config (config/index.ts) and the tests run too.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { validateEdition, type Problem } from '../src/content/validate'

export const DEFAULT_BUNDLE = resolve(__dirname, '../src/content/editions/2021.json')

export function checkFile(file: string): Problem[] {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (err) {
    return [{ path: '(file)', reason: `cannot read ${file}: ${(err as Error).message}` }]
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (err) {
    return [{ path: '(file)', reason: `not valid JSON: ${(err as Error).message}` }]
  }
  return validateEdition(data).problems
}
