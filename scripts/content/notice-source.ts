/**
 * The notice as published (src/content/source/notice-YEAR-*.txt): what quiz quotes are
 * checked against, word for word. Read from disk, so only the checks use it (content:check,
 * the tests and the build's check); the app never imports this file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SOURCE_DIR = resolve(__dirname, '../../src/content/source')

/** The text of the notice for `year` (e.g. 2021), or null when there is no such file. */
export function noticeSourceText(year: string, dir: string = SOURCE_DIR): string | null {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return null
  }
  const name = names.filter((n) => n.startsWith(`notice-${year}-`) && n.endsWith('.txt')).sort()[0]
  return name ? readFileSync(join(dir, name), 'utf8') : null
}
