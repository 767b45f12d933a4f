/**
 * Family "history-entries": a history folder (CONLAB_HISTORY_DIR) holding one good entry among
 * odd ones: names that do not fit the id pattern (control characters included), corrupt JSON,
 * FIFOs, links (to a report, out of the folder, in a loop, dangling), folders, huge and empty
 * files. `history list` lists every odd one as unusable, escaped, beside the good one, and exits
 * 0; `history show` of an odd one exits 1 with one clean line; nothing crashes or hangs.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, expect } from 'vitest'
import { ensureBuilt } from '../helpers/built-cli'
import { expectCleanText, linesOf } from './checks'
import { type CaseFolders, caseFolders, runConlab } from './cli'
import { type Rng, family } from './seeded'

let goodReport = ''

beforeAll(async () => {
  ensureBuilt()
  const folders = await caseFolders('conlab-rel-history-source-')
  try {
    const out = join(folders.out, 'good.json')
    const run = await runConlab(['run', '--workload', 'sleep', '--tasks', '2', '--sleep-ms', '5', '--runtimes', 'main', '--workers', '1', '--repeat', '1', '--warmup', '0', '--quiet', '--no-history', '--out', out], folders)
    expect(run.code, run.stderr).toBe(0)
    goodReport = await readFile(out, 'utf8')
  } finally {
    await folders.cleanup()
  }
}, 120_000)

const KINDS = ['bad-name', 'control-name', 'long-name', 'corrupt-json', 'empty', 'fifo', 'link-to-report', 'link-out', 'link-loop', 'dangling-link', 'folder', 'huge', 'newer-version'] as const
type Kind = (typeof KINDS)[number]

/** An id that fits the history's pattern, distinct per entry. */
const idFor = (n: number) => `20240101-0000${String(10 + n).padStart(2, '0')}-000-a1b2c3`

/** Makes one odd entry; returns its file name (what `list` must show, escaped). */
async function makeOdd(kind: Kind, dir: string, n: number, rng: Rng): Promise<string> {
  const id = idFor(n)
  const at = (name: string) => join(dir, name)
  switch (kind) {
    case 'bad-name': {
      const name = `${rng.pick(['bad name!', '-dash', 'a;b', 'ü-umlaut', 'tab\there'])}${n}.json`
      await writeFile(at(name), goodReport)
      return name
    }
    case 'control-name': {
      const name = `esc${rng.pick(['\u001b[2J', '\u001b]0;t\u0007', '\r', '\u009b1m'])}${n}.json`
      await writeFile(at(name), goodReport)
      return name
    }
    case 'long-name': {
      const name = `${'r'.repeat(rng.int(121, 240))}${n}.json`
      await writeFile(at(name), goodReport)
      return name
    }
    case 'corrupt-json':
      await writeFile(at(`${id}.json`), rng.pick(['{bad', goodReport.slice(0, rng.int(1, goodReport.length - 2)), '\u001b[2J{"x":1}', '\u0000\u0001\u0002']))
      return `${id}.json`
    case 'empty':
      await writeFile(at(`${id}.json`), '')
      return `${id}.json`
    case 'fifo':
      execFileSync('mkfifo', [at(`${id}.json`)])
      return `${id}.json`
    case 'link-to-report':
      await writeFile(join(dir, '..', 'elsewhere.json'), goodReport)
      await symlink(join(dir, '..', 'elsewhere.json'), at(`${id}.json`))
      return `${id}.json`
    case 'link-out':
      await symlink(rng.pick(['/etc/passwd', '/dev/zero', '/proc/self/mem']), at(`${id}.json`))
      return `${id}.json`
    case 'link-loop':
      await symlink(at(`${id}.json`), at(`${id}.json`))
      return `${id}.json`
    case 'dangling-link':
      await symlink(at('missing-target.json'), at(`${id}.json`))
      return `${id}.json`
    case 'folder':
      await mkdir(at(`${id}.json`))
      return `${id}.json`
    case 'huge':
      await writeFile(at(`${id}.json`), '')
      await truncate(at(`${id}.json`), 60 * 1024 * 1024)
      return `${id}.json`
    case 'newer-version': {
      const report = JSON.parse(goodReport) as { version: number }
      report.version = 99
      await writeFile(at(`${id}.json`), JSON.stringify(report))
      return `${id}.json`
    }
  }
}

/** A name as the CLI may print it: each control character escaped (\r, \u001b, \x9b…). Dot files are the history's own temp files, never listed. */
const printedAs = (name: string) =>
  new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\\\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[a-z0])'))

interface HistoryCase {
  kinds: Kind[]
  showIndex: number
}

family<HistoryCase>('history-entries', {
  count: 12,
  timeoutMs: 60_000,
  generate: (rng, index) => {
    // Each kind at least once over the family; a few more drawn at random.
    const kinds = [KINDS[index % KINDS.length]!, ...Array.from({ length: rng.int(1, 4) }, () => rng.pick(KINDS))]
    return { kinds, showIndex: rng.int(0, kinds.length - 1) }
  },
  describe: (c) => `${c.kinds.join(', ')}; show #${c.showIndex}`,
  run: async (c, rng) => {
    const folders = await caseFolders('conlab-rel-history-')
    try {
      await historyCase(c, folders, rng)
    } finally {
      await folders.cleanup()
    }
  },
})

async function historyCase(c: HistoryCase, folders: CaseFolders, rng: Rng): Promise<void> {
  const goodId = '20240101-000001-000-a1b2c3'
  await writeFile(join(folders.history, `${goodId}.json`), goodReport)
  const names: string[] = []
  for (const [n, kind] of c.kinds.entries()) names.push(await makeOdd(kind, folders.history, n, rng))

  const list = await runConlab(['history', 'list'], folders, 40_000)
  const context = `code ${list.code}; stdout ${JSON.stringify(list.stdout.slice(0, 1500))}; stderr ${JSON.stringify(list.stderr.slice(0, 500))}`
  expect(list.hung, context).toBe(false)
  expect(list.code, context).toBe(0)
  expectCleanText(list.stdout, 'history list')
  expectCleanText(list.stderr, 'history list stderr')
  expect(list.stdout, context).toMatch(new RegExp(`^${goodId} .*completed`, 'm'))
  const unusable = linesOf(list.stdout).filter((line) => /^\s+! /.test(line))
  for (const name of names) expect(unusable.some((line) => printedAs(name).test(line)), `${JSON.stringify(name)} not listed as unusable: ${context}`).toBe(true)

  const shown = names[c.showIndex]!
  // `--` ends the options: an entry may be named like a flag ("-dash3"), as files can be.
  const show = await runConlab(['history', 'show', '--', shown.replace(/\.json$/, '')], folders, 40_000)
  const showContext = `show ${JSON.stringify(shown)}: code ${show.code}; stderr ${JSON.stringify(show.stderr.slice(0, 500))}`
  expect(show.hung, showContext).toBe(false)
  expect(show.code, showContext).toBe(1)
  expectCleanText(show.stderr, 'history show stderr')
  expect(linesOf(show.stderr), showContext).toHaveLength(1)
  expect(show.stdout, showContext).toBe('')

  const good = await runConlab(['history', 'show', goodId], folders, 40_000)
  expect(good.code, good.stderr).toBe(0)
}
