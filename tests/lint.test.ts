/**
 * @jest-environment node
 *
 * The architecture rules of .eslintrc.js, through ESLint's own API: each forbidden import
 * below fails lint (aliased or relative), and the allowed ones pass. The text is linted as
 * if it stood at `filePath`, so the layer of that path applies.
 */
import { resolve } from 'node:path'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: resolve(__dirname, '..') })

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
    ['src/routes.ts', "import { copyText as x } from './platform/clipboard'"]
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
    ['src/platform/share.ts', "const x = process.env.TARO_ENV"]
  ])('%s: %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([])
  })
})
