/**
 * @jest-environment node
 *
 * The platform-file convention (docs/platform-files.md), checked on every file under src:
 * - a module that differs between the targets is a pair, x.weapp.ts(x) and x.h5.ts(x), and
 *   never also a plain x.ts(x) (nobody has to ask which target a plain file is);
 * - the pair has its x.shared.ts, which checks both variants against one interface
 *   (Implements<…, typeof import('./x.weapp') | typeof import('./x.h5')>, types/platform-variants.d.ts);
 * - a file that names a variant (`./x.h5`, `./nav-bar.h5.scss`) is a file of that same target
 *   (or a test): anything else would put one target's code into the other's build.
 * Each problem names its file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, relative, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
const SRC = join(ROOT, 'src')

type Files = ReadonlyMap<string, string>

const VARIANT = /^(.*)\.(weapp|h5)\.(tsx?)$/
const TEST = /\.test\.tsx?$/
/** A path or import specifier that names a target: x.weapp, x.h5, x.h5.scss … */
const TARGET_OF = /\.(weapp|h5)(\.[a-z]+)?$/

/** The import specifiers a file loads at run time (type-level `typeof import()` is not one). */
function specifiers(text: string): string[] {
  const found: string[] = []
  const re = /(?:\bfrom\s*|\bimport\s*|\brequire\(\s*)['"]([^'"]+)['"]/g
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m[1])
  return found
}

/** Every breach of the convention in `files` (paths relative to src, with /), naming the file. */
function platformFileProblems(files: Files): string[] {
  const problems: string[] = []
  const has = (base: string, exts = ['ts', 'tsx']) => exts.some((e) => files.has(`${base}.${e}`))
  const pairs = new Set<string>()
  for (const path of files.keys()) {
    const m = VARIANT.exec(path)
    if (!m || TEST.test(path)) continue
    const [, base, target] = m
    const other = target === 'weapp' ? 'h5' : 'weapp'
    pairs.add(base)
    if (!has(`${base}.${other}`)) problems.push(`${path}: no ${base}.${other}.ts(x) beside it (a module that differs has both variants)`)
  }
  for (const base of pairs) {
    const name = posix.basename(base)
    if (has(base)) problems.push(`${files.has(`${base}.ts`) ? `${base}.ts` : `${base}.tsx`}: a plain file beside ${base}.weapp/.h5 (a module is either plain or a pair)`)
    const shared = files.get(`${base}.shared.ts`)
    if (shared === undefined) {
      problems.push(`${base}.shared.ts: missing (the interface both variants of ${base} implement)`)
    } else if (!/Implements</.test(shared) || !shared.includes(`typeof import('./${name}.weapp')`) || !shared.includes(`typeof import('./${name}.h5')`)) {
      problems.push(`${base}.shared.ts: does not check both variants (Implements<…, typeof import('./${name}.weapp') | typeof import('./${name}.h5')>)`)
    }
  }
  for (const path of files.keys()) {
    const m = /^(.*)\.shared\.ts$/.exec(path)
    if (m && !pairs.has(m[1])) problems.push(`${path}: no ${m[1]}.weapp/.h5 pair to share (a module that is the same on both targets is a plain ${m[1]}.ts)`)
  }
  for (const [path, text] of files) {
    if (TEST.test(path)) continue
    const own = TARGET_OF.exec(path.replace(/\.(tsx?|scss)$/, ''))?.[1]
    for (const spec of specifiers(text)) {
      const target = TARGET_OF.exec(spec)?.[1]
      if (target && target !== own) problems.push(`${path}: imports '${spec}', a ${target} file, into ${own ? `a ${own} file` : 'both builds'}`)
    }
  }
  return problems
}

function sourceFiles(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) sourceFiles(full, out)
    else if (/\.(tsx?|scss)$/.test(entry.name)) out.set(relative(SRC, full).split('\\').join('/'), readFileSync(full, 'utf8'))
  }
  return out
}

it('holds for every file under src', () => {
  const files = sourceFiles(SRC)
  expect([...files.keys()].filter((p) => VARIANT.test(p)).length).toBeGreaterThan(0)
  expect(platformFileProblems(files)).toEqual([])
})

describe('the check finds each kind of breach, naming the file', () => {
  const shared = (name: string) => `export type BothVariants = Implements<M, typeof import('./${name}.weapp') | typeof import('./${name}.h5')>`
  const pair: Array<[string, string]> = [
    ['platform/motion.weapp.ts', 'export const a = 1'],
    ['platform/motion.h5.ts', "import './motion.h5.scss'\nexport const a = 2"],
    ['platform/motion.h5.scss', ''],
    ['platform/motion.shared.ts', shared('motion')],
    ['features/x/Screen.tsx', "import { a } from '@/platform/motion'"]
  ]
  const without = (path: string) => pair.filter(([p]) => p !== path)

  it('passes a complete pair, imported without a suffix', () => {
    expect(platformFileProblems(new Map(pair))).toEqual([])
  })

  it.each([
    ['a plain file beside the pair', [...pair, ['platform/motion.ts', '']], 'platform/motion.ts: a plain file'],
    ['a variant without its sibling', without('platform/motion.h5.ts'), 'platform/motion.weapp.ts: no platform/motion.h5.ts(x)'],
    ['a pair without its shared interface', without('platform/motion.shared.ts'), 'platform/motion.shared.ts: missing'],
    ['a shared file that checks one variant only', [...without('platform/motion.shared.ts'), ['platform/motion.shared.ts', "Implements<M, typeof import('./motion.h5')>"]], 'platform/motion.shared.ts: does not check both'],
    ['a shared file without a pair', [...pair, ['ui/Card.shared.ts', '']], 'ui/Card.shared.ts: no ui/Card.weapp/.h5 pair'],
    ['a plain file importing a variant', [...pair, ['features/x/Other.tsx', "import { a } from '@/platform/motion.h5'"]], "features/x/Other.tsx: imports '@/platform/motion.h5', a h5 file, into both builds"],
    ['a variant importing the other target', [...pair, ['ui/Slides.weapp.tsx', "import './slides.h5.scss'"], ['ui/Slides.h5.tsx', ''], ['ui/Slides.shared.ts', shared('Slides')]], "ui/Slides.weapp.tsx: imports './slides.h5.scss', a h5 file, into a weapp file"]
  ] as Array<[string, Array<[string, string]>, string]>)('%s', (_what, files, problem) => {
    expect(platformFileProblems(new Map(files))).toEqual([expect.stringContaining(problem)])
  })

  it('lets a test import a variant explicitly', () => {
    expect(platformFileProblems(new Map([...pair, ['platform/motion.test.ts', "import { a } from './motion.weapp'"]]))).toEqual([])
  })
})
