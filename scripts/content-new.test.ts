/**
 * @jest-environment node
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'

const script = (name: string) => resolve(__dirname, name)
const synthetic = resolve(__dirname, '../tests/fixtures/notice-2099-synthetic.txt')
const notice2021 = resolve(__dirname, '../src/content/source/notice-2021-hainan-quality-month.txt')

describe('npm run content:new', () => {
  let dir = ''
  let editions = ''
  let sources = ''
  const run = (...args: string[]) => spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), script('content-new.ts'), ...args, '--editions', editions, '--sources', sources],
    { encoding: 'utf8' }
  )
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'content-new-'))
    editions = join(dir, 'editions')
    sources = join(dir, 'source')
    mkdirSync(editions)
    // An earlier edition to carry over from: the real 2021 bundle, under a made-up earlier name.
    copyFileSync(resolve(__dirname, '../src/content/editions/2021.json'), join(editions, '2020.json'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes editions/<year>.json and the source text, and lists what it read and every TODO', () => {
    const r = run(synthetic)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const edition = JSON.parse(readFileSync(join(editions, '2099.json'), 'utf8'))
    expect(edition.document.number).toBe('示质强省办〔2099〕1号')
    expect(edition.organisers[0].id).toBe('water') // carried from 2020.json by name
    expect(readFileSync(join(sources, 'notice-2099-hainan-quality-month.txt'), 'utf8')).toBe(readFileSync(synthetic, 'utf8'))
    expect(r.stdout).toContain('3 organisers with 4 activities (附件1)')
    expect(r.stdout).toContain('5 slogans (附件2)')
    expect(r.stdout).toContain('page-break splits joined after lines 22, 36, 62')
    expect(r.stdout).toMatch(/carried over from .*2020\.json/)
    expect(r.stdout).toContain('  events[0].dates[0].date: TODO — fill in: YYYY-MM-DD')
    expect(r.stdout).toContain('  organisers[1].id: TODO — fill in: id for 示例省文化厅')
  })

  it('refuses to overwrite an edition without --force, and replaces it with --force', () => {
    writeFileSync(join(editions, '2099.json'), '{"edited": true}\n')
    const refused = run(synthetic)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/2099\.json exists; not overwritten \(use --force to replace it\)/)
    expect(readFileSync(join(editions, '2099.json'), 'utf8')).toBe('{"edited": true}\n')

    const forced = run(synthetic, '--force')
    expect(forced.status).toBe(0)
    expect(JSON.parse(readFileSync(join(editions, '2099.json'), 'utf8')).document.issuer).toBe('示例省质量强省工作领导小组办公室')
  })

  it('content:check rejects the draft, naming each TODO', () => {
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), script('content-check.ts'), join(editions, '2099.json')], { encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('bundleVersion: TODO — fill in: 2099.1.0')
    expect(r.stderr).toContain('events[0].dates[0].date: TODO — fill in: YYYY-MM-DD')
  })

  it('the 2021 notice with no base: every organiser id is a TODO', () => {
    const r = run(notice2021, '--no-base')
    expect(r.status).toBe(0)
    const edition = JSON.parse(readFileSync(join(editions, '2021.json'), 'utf8'))
    expect(edition.organisers.every((o: { id: string }) => o.id.startsWith('TODO: id for '))).toBe(true)
    expect(edition.channels).toMatch(/^TODO: /)
  })

  it('a notice missing a part: one line naming the part and the line, exit 1, nothing written', () => {
    const broken = join(dir, 'broken.txt')
    writeFileSync(broken, readFileSync(synthetic, 'utf8').replace('附件 2', '附 录'))
    rmSync(join(editions, '2099.json'))
    const r = run(broken)
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^.*broken\.txt, line 56: 附件2: no line “附件2” \(the slogans\) after this line \(附件1\)\n$/)
    expect(() => readFileSync(join(editions, '2099.json'))).toThrow()
  })

  it('--help prints the usage; a wrong argument says which, then the usage on its own line', () => {
    const help = run('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^usage: npm run content:new -- <notice\.txt> .*--no-base\]\n$/)
    const wrong = run(synthetic, '--frce')
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toMatch(/^unexpected argument "--frce"\nusage: npm run content:new -- <notice\.txt> /)
    const none = spawnSync(process.execPath, [require.resolve('tsx/cli'), script('content-new.ts')], { encoding: 'utf8' })
    expect(none.status).toBe(1)
    expect(none.stderr).toMatch(/^no notice file given\nusage: /)
  })

  it.each(['1999', '2100'])('a notice whose title names the year %s: one line, exit 1, nothing written', (year) => {
    const odd = join(dir, `year-${year}.txt`)
    writeFileSync(odd, readFileSync(synthetic, 'utf8').replace(/2099/g, year))
    const r = run(odd)
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(new RegExp(`^.*year-${year}\\.txt: its title names the year ${year}; content:new drafts editions of 2000 to 2099 only \\(is the year in the title right\\?\\)\n$`))
    expect(existsSync(join(editions, `${year}.json`))).toBe(false)
    expect(existsSync(join(sources, `notice-${year}-hainan-quality-month.txt`))).toBe(false)
  })

  it('a notice that is not UTF-8', () => {
    const latin1 = join(dir, 'latin1.txt')
    writeFileSync(latin1, Buffer.from([0x41, 0xff, 0x42]))
    const r = run(latin1)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/latin1\.txt: not UTF-8 text/)
  })
})
