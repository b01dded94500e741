/**
 * @jest-environment node
 *
 * The architecture rules of .eslintrc.js, through ESLint's own API: each forbidden import
 * below fails lint (aliased or relative), and the allowed ones pass. The text is linted as
 * if it stood at `filePath`, so the layer of that path applies. Import cycles are linted in
 * real files, written to a temporary folder under tests/ (the rule follows imports on disk).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'

const ROOT = resolve(__dirname, '..')
const eslint = new ESLint({ cwd: ROOT })

/** The rules that fired on `code` placed at `filePath`, as "rule: message". */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n\nexport const used = [x]\n`, { filePath })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

/** A layer rule broken: the zone's own message (a resolver failure would say "Resolve error"). */
const LAYER = /^import\/no-restricted-paths: Unexpected path ".+" imported in restricted zone\. /

describe('forbidden imports fail lint', () => {
  it.each([
    // A feature never imports another feature, aliased or relative (the model.ts leak of before).
    ['src/features/campaign/model.ts', "import { sortEvents as x } from '@/features/events/model'"],
    ['src/features/campaign/model.ts', "import { sortEvents as x } from '../events/model'"],
    ['src/features/search/SearchScreen.tsx', "import { NoticeToc as x } from '../notice/NoticeToc'"],
    // …nor a page.
    ['src/features/events/EventCard.tsx', "import x from '@/pages/events/index'"],
    // lib sits below the features and the platform.
    ['src/lib/event-dates.ts', "import { calendarEntries as x } from '@/features/events/page-model'"],
    ['src/lib/event-dates.ts', "import { calendarEntries as x } from '../features/events/page-model'"],
    ['src/lib/persisted.ts', "import { readStored as x } from '@/platform/storage'"],
    // platform never imports a feature (calendar.h5.ts used to import the events feature's .ics writer).
    ['src/platform/calendar.h5.ts', "import { calendarEntries as x } from '@/features/events/page-model'"],
    ['src/platform/calendar.h5.ts', "import { Card as x } from '../ui/Card'"],
    // content uses only lib/civil-date.ts; civil-date.ts uses nothing.
    ['src/content/outline.ts', "import { now as x } from '@/lib/clock'"],
    ['src/lib/civil-date.ts', "import { edition as x } from '@/content'"],
    // ui is presentational: no platform calls.
    ['src/ui/Card.tsx', "import { copyText as x } from '@/platform/clipboard'"],
    // routes.ts is a leaf.
    ['src/routes.ts', "import { copyText as x } from './platform/clipboard'"],
    // The app and the build config never import the authoring code (or any script)…
    ['src/content/index.ts', "import { validateEdition as x } from '../../scripts/content/validate'"],
    ['src/lib/editions.ts', "import { readJson as x } from '../../scripts/content/read-json'"],
    ['src/features/quiz/model.ts', "import { checkFile as x } from '../../../scripts/content-guard'"],
    ['config/edition-metas.ts', "import { validateEdition as x } from '../scripts/content/validate'"],
    // …and the authoring code uses only src/content (and lib/civil-date.ts) from src.
    ['scripts/content/validate.ts', "import { now as x } from '../../src/lib/clock'"],
    ['scripts/content/draft-edition.ts', "import { now as x } from '@/lib/clock'"]
  ])('%s: %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([expect.stringMatching(LAYER)])
  })

  it('an import the resolver cannot find fails, so nothing slips past the layers', async () => {
    expect(await problems('src/features/campaign/model.ts', "import { x } from '@/features/no-such/model'"))
      .toEqual([expect.stringMatching(/^import\/no-unresolved:/)])
  })

  it('models, content and lib are pure: no Taro, React or zustand at run time', async () => {
    for (const [filePath, code] of [
      ['src/features/campaign/model.ts', "import { useState as x } from 'react'"],
      ['src/features/events/model.ts', "import { create as x } from 'zustand'"],
      ['src/content/outline.ts', "import { View as x } from '@tarojs/components'"],
      ['src/lib/event-dates.ts', "import { useRouter as x } from '@tarojs/taro'"]
    ]) {
      expect(await problems(filePath, code)).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*pure/)])
    }
  })

  it('the Taro object and TARO_ENV belong to src/platform', async () => {
    expect(await problems('src/features/events/EventCard.tsx', "import x from '@tarojs/taro'"))
      .toContainEqual(expect.stringMatching(/^no-restricted-imports: .*src\/platform/))
    expect(await problems('src/pages/home/index.tsx', "const x = process.env.TARO_ENV === 'h5'"))
      .toEqual([expect.stringMatching(/^no-restricted-syntax: Platform differences live in src\/platform/)])
  })
})

describe('allowed imports pass', () => {
  it.each([
    ['src/pages/home/index.tsx', "import { EventsCalendar as x } from '@/features/events/EventsCalendar'"],
    ['src/packages/events/detail/index.tsx', "import { EventDetail as x } from '@/features/events/EventDetail'"],
    ['src/features/campaign/upcoming.ts', "import { sortEvents as x } from '@/lib/event-dates'"],
    ['src/features/events/EventCard.tsx', "import { openPage as x } from '@/platform/navigation'"],
    ['src/features/events/EventCard.tsx', "import { Badge as x } from '../../ui/Card'"],
    ['src/features/events/EventCard.tsx', "import { useFollows as x } from './store'"],
    ['src/platform/calendar.h5.ts', "import { buildIcs as x } from '@/lib/ics'"],
    ['src/lib/event-dates.ts', "import type { EventDate as x } from '@/content'"],
    ['src/content/schema.ts', "import { addDays as x } from '@/lib/civil-date'"],
    ['src/lib/persisted.ts', "import type { PersistOptions as x } from 'zustand/middleware'"],
    ['src/platform/storage.ts', "import x from '@tarojs/taro'"],
    ['src/platform/share.weapp.ts', "const x = process.env.TARO_ENV"],
    ['scripts/content/validate.ts', "import { Edition as x } from '../../src/content/schema'"],
    ['scripts/content/validate.ts', "import { addDays as x } from '../../src/lib/civil-date'"],
    ['scripts/content-check.ts', "import { validateEdition as x } from './content/validate'"]
  ])('%s: %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([])
  })
})

describe('import cycles fail lint', () => {
  let tmp: string
  beforeAll(() => { tmp = mkdtempSync(join(ROOT, 'tests', 'lint-cycle-')) })
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  /** Writes `files` to a fresh folder and lints them all: "file: rule: message" per problem. */
  async function lintFolder(name: string, files: Record<string, string>): Promise<string[]> {
    const dir = join(tmp, name)
    mkdirSync(dir)
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
    const results = await eslint.lintFiles(Object.keys(files).map((f) => join(dir, f)))
    return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}: ${m.ruleId}: ${m.message}`))
  }

  const A = "import { b } from './b'\n\nexport const a = (): number => b() + 1\n"

  it('two TypeScript files that import each other: both fail', async () => {
    expect(await lintFolder('cycle', {
      'a.ts': A,
      'b.ts': "import { a } from './a'\n\nexport const b = (): number => a.length\n"
    })).toEqual([
      'a.ts: import/no-cycle: Dependency cycle detected.',
      'b.ts: import/no-cycle: Dependency cycle detected.'
    ])
  })

  it('a longer cycle, through an aliased import, fails too', async () => {
    const dir = `tests/${tmp.slice(tmp.lastIndexOf('/') + 1)}/long`
    expect(await lintFolder('long', {
      'a.ts': A,
      'b.ts': "import { c } from './c'\n\nexport const b = (): number => c() + 1\n",
      // `@/…` is src/…: back up to this folder from there.
      'c.ts': `import { a } from '@/../${dir}/a'\n\nexport const c = (): number => a.length\n`
    })).toEqual([
      // The rule names the import each file's cycle goes through.
      'a.ts: import/no-cycle: Dependency cycle via ./c:1',
      `b.ts: import/no-cycle: Dependency cycle via @/../${dir}/a:1`,
      'c.ts: import/no-cycle: Dependency cycle via ./b:1'
    ])
  })

  it('the same files without the import back pass, and so does a type-only import back (erased at run time)', async () => {
    expect(await lintFolder('chain', {
      'a.ts': A,
      'b.ts': 'export const b = (): number => 1\n'
    })).toEqual([])
    expect(await lintFolder('types', {
      'a.ts': A,
      'b.ts': "import type { a } from './a'\n\nexport const b = (): number => 1\nexport type A = typeof a\n"
    })).toEqual([])
  })
})
