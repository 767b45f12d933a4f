/**
 * Family "report-mutations": a valid report written by a tiny real run, mutated (cut short, wrong
 * types and huge numbers or strings at random paths, deep nesting, forbidden keys, odd encodings,
 * escape sequences in its text) or replaced by something that is not a file (FIFO, symlink loop,
 * folder, /dev/zero), fed to `conlab export` and `conlab compare`. Each ends with the documented
 * exit code (1 for a file that cannot be read; compare leaves it out), one clean line per bad
 * file, output free of raw control characters, and no hang.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import { ensureBuilt } from '../helpers/built-cli'
import { expectCleanText, linesOf } from './checks'
import { caseFolders, runConlab } from './cli'
import { type Rng, family } from './seeded'

let shared: string
let goodText: string
let good: string
let good2: string

beforeAll(async () => {
  ensureBuilt()
  shared = await mkdtemp(join(tmpdir(), 'conlab-rel-reports-'))
  const folders = await caseFolders('conlab-rel-source-')
  try {
    good = join(shared, 'good.json')
    const run = await runConlab(['run', '--workload', 'prime', '--prime-hi', '2e5', '--runtimes', 'main,thread', '--workers', '1,2', '--repeat', '2', '--warmup', '0', '--quiet', '--no-history', '--label', 'rel-good', '--out', good], folders)
    expect(run.code, run.stderr).toBe(0)
  } finally {
    await folders.cleanup()
  }
  goodText = await readFile(good, 'utf8')
  good2 = join(shared, 'good2.json')
  const second = JSON.parse(goodText) as { label?: string }
  second.label = 'rel-other'
  await writeFile(good2, JSON.stringify(second))
}, 120_000)

afterAll(() => rm(shared, { recursive: true, force: true }))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = Array<string | number>

function pathsOf(value: Json, at: Path = [], into: Array<{ path: Path; value: Json }> = []): Array<{ path: Path; value: Json }> {
  into.push({ path: at, value })
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], into))
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], into)
  return into
}

function setAt(root: Json, path: Path, value: Json): void {
  let node = root as Record<string | number, Json>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  node[path.at(-1)!] = value
}

function otherType(value: Json, rng: Rng): Json {
  const choices: Json[] = ['text', 42, true, null, [], { odd: 1 }]
  const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
  return rng.pick(choices.filter((c) => kind(c) !== kind(value)))
}

const MUTATIONS = ['truncate', 'wrong-type', 'huge-number', 'huge-string', 'deep-nesting', 'forbidden-key', 'invalid-utf8', 'utf16-bom', 'escape-text', 'fifo', 'symlink-loop', 'directory', 'dev-zero'] as const
type Mutation = (typeof MUTATIONS)[number]
/** Mutations after which the file may still be a valid report (then it must be shown cleanly). */
const MAY_STAY_VALID = new Set<Mutation>(['invalid-utf8', 'escape-text'])
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\r\u0008'

/** Writes the mutated input; returns its path and a description. */
async function mutate(mutation: Mutation, dir: string, rng: Rng): Promise<{ path: string; what: string }> {
  const path = join(dir, 'mutated.json')
  const parsed = (): Json => JSON.parse(goodText) as Json
  const pick = (root: Json, want?: (v: Json) => boolean) => rng.pick(pathsOf(root).filter((p) => p.path.length > 0 && (!want || want(p.value))))
  switch (mutation) {
    case 'truncate': {
      const at = rng.int(0, goodText.trimEnd().length - 1)
      await writeFile(path, goodText.slice(0, at))
      return { path, what: `cut at ${at}` }
    }
    case 'wrong-type': {
      const root = parsed()
      // Not a null: a nullable field's other type may be its own (karpFlatt: null or a number).
      const target = pick(root, (v) => v !== null)
      const value = otherType(target.value, rng)
      setAt(root, target.path, value)
      await writeFile(path, JSON.stringify(root))
      return { path, what: `${target.path.join('.')} = ${JSON.stringify(value)}` }
    }
    case 'huge-number': {
      const root = parsed()
      const target = pick(root, (v) => typeof v === 'number')
      const value = rng.pick([1e308, -1e308, 2 ** 53 + 2, 1e20])
      setAt(root, target.path, value)
      await writeFile(path, JSON.stringify(root))
      return { path, what: `${target.path.join('.')} = ${value}` }
    }
    case 'huge-string': {
      const root = parsed()
      const target = pick(root, (v) => typeof v === 'string')
      const length = rng.pick([100_000, 1_000_000, 10_000_000])
      setAt(root, target.path, 'x'.repeat(length))
      await writeFile(path, JSON.stringify(root))
      return { path, what: `${target.path.join('.')} = ${length} characters` }
    }
    case 'deep-nesting': {
      const root = parsed()
      const target = pick(root)
      const depth = rng.pick([65, 500, 100_000])
      await writeFile(path, JSON.stringify(root, (_k, v: Json) => v).replace(JSON.stringify(target.value), `${'['.repeat(depth)}${']'.repeat(depth)}`))
      return { path, what: `${depth} levels near ${target.path.join('.')}` }
    }
    case 'forbidden-key': {
      const root = parsed()
      const target = pick(root, (v) => v !== null && typeof v === 'object' && !Array.isArray(v))
      const key = rng.pick(['__proto__', 'constructor', 'prototype'])
      ;(target.value as Record<string, Json>)['@@forbidden@@'] = { polluted: true }
      await writeFile(path, JSON.stringify(root).replace('"@@forbidden@@"', JSON.stringify(key)))
      return { path, what: `${key} in ${target.path.join('.')}` }
    }
    case 'invalid-utf8': {
      const bytes = Buffer.from(goodText, 'utf8')
      const at = rng.int(0, bytes.length - 1)
      const bad = Buffer.from(rng.pick([[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]))
      await writeFile(path, Buffer.concat([bytes.subarray(0, at), bad, bytes.subarray(at)]))
      return { path, what: `bytes ${bad.toString('hex')} at ${at}` }
    }
    case 'utf16-bom': {
      const le = rng.chance(0.5)
      const body = Buffer.from(goodText, 'utf16le')
      if (!le) body.swap16()
      await writeFile(path, Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]))
      return { path, what: le ? 'UTF-16LE' : 'UTF-16BE' }
    }
    case 'escape-text': {
      const root = parsed() as Record<string, Json>
      const where = rng.pick(['label', 'machine.cpuModel', 'string'])
      if (where === 'label') root.label = `lab${ESCAPES}el`
      else if (where === 'machine.cpuModel') (root.machine as Record<string, Json>).cpuModel = `cpu${ESCAPES}`
      else setAt(root, pick(root, (v) => typeof v === 'string').path, `s${ESCAPES}`)
      await writeFile(path, JSON.stringify(root))
      return { path, what: `escapes in ${where}` }
    }
    case 'fifo':
      execFileSync('mkfifo', [path])
      return { path, what: 'a FIFO' }
    case 'symlink-loop':
      await symlink(join(dir, 'loop-b.json'), path)
      await symlink(path, join(dir, 'loop-b.json'))
      return { path, what: 'a symlink loop' }
    case 'directory':
      await mkdir(path)
      return { path, what: 'a folder' }
    case 'dev-zero':
      await symlink(rng.pick(['/dev/zero', '/proc/self/mem', '/dev/urandom']), path)
      return { path, what: 'a link to a device' }
  }
}

const COMMANDS = ['export-md', 'export-csv', 'export-json-file', 'compare-two', 'compare-three', 'compare-md'] as const
type Command = (typeof COMMANDS)[number]

interface MutationCase {
  mutation: Mutation
  command: Command
}

family<MutationCase>('report-mutations', {
  count: MUTATIONS.length * 4,
  timeoutMs: 60_000,
  generate: (rng, index) => ({ mutation: MUTATIONS[index % MUTATIONS.length]!, command: rng.pick(COMMANDS) }),
  describe: (c) => `${c.mutation} through ${c.command}`,
  run: async (c, rng) => {
    const folders = await caseFolders('conlab-rel-mutation-')
    try {
      const { path, what } = await mutate(c.mutation, folders.root, rng)
      const args: Record<Command, string[]> = {
        'export-md': ['export', path, '--format', 'md', '--out', '-'],
        'export-csv': ['export', path, '--format', 'csv', '--out', '-'],
        'export-json-file': ['export', path, '--format', 'json', '--out', join(folders.out, 'x.json')],
        'compare-two': ['compare', good, path],
        'compare-three': ['compare', path, good, good2],
        'compare-md': ['compare', good2, path, '--format', 'md'],
      }
      const result = await runConlab(args[c.command], folders, 40_000)
      const context = `${what}; code ${result.code}; stderr ${JSON.stringify(result.stderr.slice(0, 500))}`
      expect(result.hung, `hung on ${context}`).toBe(false)
      expectCleanText(result.stderr, 'stderr')
      // Everything printed from a file reaches the terminal escaped (the CSV/JSON text included).
      expectCleanText(result.stdout, 'stdout')
      const refusals = linesOf(result.stderr).filter((line) => line.includes(basename(path)))
      if (result.code === 0) {
        expect(MAY_STAY_VALID.has(c.mutation), `a mutated report was accepted: ${context}`).toBe(true)
        return
      }
      expect(result.code, context).toBe(1)
      expect(refusals, `one line naming the file: ${context}`).toHaveLength(1)
      expect(refusals[0]!.length, context.slice(0, 300)).toBeLessThan(4096)
      // compare leaves the bad file out and still compares the two good ones.
      if (c.command === 'compare-three') expect(result.stdout, context).toMatch(/rel-good/)
    } finally {
      await folders.cleanup()
    }
  },
})
