/**
 * ReportHistory on real temp folders: save/list/open/rename/delete, corrupt and foreign files,
 * ids that try to leave the folder, links, temp files, caching and racing operations.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HistoryError, ReportHistory, defaultTitle, isHistoryId } from '../../../src-main/engine/report/history'
import { ReportSchema } from '../../../src-shared/report'
import { makeReport, makeRun } from '../../fixtures/report-fixture'
import { v0Report } from './report-samples'

let root: string
let dir: string
let history: ReportHistory

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'conlab-history-'))
  dir = join(root, 'history')
  history = new ReportHistory(dir)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const ok = <T extends { state: string }>(entry: T | undefined) => {
  if (entry?.state !== 'ok') throw new Error(`expected an ok entry, got ${JSON.stringify(entry)}`)
  return entry as Extract<T, { state: 'ok' }>
}

describe('save, list, open', () => {
  it('lists nothing for a folder that does not exist yet', async () => {
    expect(await history.list()).toEqual([])
  })

  it('saves a report and lists it with its title, size and run count; open gives it back', async () => {
    const entry = ok(await history.save(makeReport({ label: 'alice' })))
    expect(isHistoryId(entry.id)).toBe(true)
    expect(entry).toMatchObject({ fileName: `${entry.id}.json`, title: 'alice', createdAt: '2024-01-01T00:00:02.000Z', runs: 1, aborted: false })
    expect(entry.sizeBytes).toBeGreaterThan(100)
    expect(await history.list()).toEqual([entry])
    expect(await history.open(entry.id)).toEqual(makeReport({ label: 'alice' }))
    expect(await readdir(dir)).toEqual([entry.fileName])
  })

  it('lists newest first and marks aborted runs', async () => {
    const older = await history.save(makeReport({ createdAt: '2024-01-01T00:00:00.000Z', label: 'older' }))
    const newer = await history.save(makeReport({ createdAt: '2024-06-01T00:00:00.000Z', label: 'newer', runs: [makeRun({ status: 'aborted' })] }))
    const list = await history.list()
    expect(list.map((e) => e.id)).toEqual([newer.id, older.id])
    expect(ok(list[0]).aborted).toBe(true)
  })

  it('titles an unlabelled report by its workloads and runtimes', async () => {
    const entry = ok(await history.save(makeReport({ label: undefined })))
    expect(entry.title).toBe('prime on thread')
    expect(defaultTitle(makeReport({ runs: [] }))).toBe('Empty run')
  })

  it('never writes an invalid report', async () => {
    await expect(history.save({ ...makeReport(), createdAt: 3 } as never)).rejects.toThrow(/createdAt/)
    expect(await history.list()).toEqual([])
  })

  it('opens an older version through the migrations', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'old-run.json'), JSON.stringify(v0Report()))
    const [entry] = await history.list()
    expect(ok(entry).title).toBe('fixture')
    expect((await history.open('old-run')).version).toBe(1)
  })
})

describe('corrupt and foreign files', () => {
  it('lists a corrupt file with its problem and still lists the others', async () => {
    const good = await history.save(makeReport({ label: 'good' }))
    await writeFile(join(dir, 'broken.json'), '{"schema": "concurrency-lab/report", "version": 1, "runs": [')
    await writeFile(join(dir, 'wrong.json'), JSON.stringify({ ...makeReport(), runs: 'none' }))
    const list = await history.list()
    expect(list.map((e) => e.id).sort()).toEqual([good.id, 'broken', 'wrong'].sort())
    const broken = list.find((e) => e.id === 'broken')
    expect(broken).toMatchObject({ state: 'corrupt', fileName: 'broken.json' })
    expect(broken?.state === 'corrupt' && broken.problem).toMatch(/^broken\.json: not valid JSON: .*truncated/)
    const wrong = list.find((e) => e.id === 'wrong')
    expect(wrong?.state === 'corrupt' && wrong.problem).toMatch(/^wrong\.json: not a valid report: runs: /)
    await expect(history.open('broken')).rejects.toThrow(/^broken\.json: not valid JSON/)
  })

  it('ignores temp files, hidden files and other extensions', async () => {
    await history.save(makeReport())
    await writeFile(join(dir, `.${'x'}.json.${process.pid}.abcdef.tmp`), '{"half":')
    await writeFile(join(dir, '.hidden.json'), '{}')
    await writeFile(join(dir, 'notes.txt'), 'hello')
    expect(await history.list()).toHaveLength(1)
  })

  it('lists a link or a folder as corrupt and never follows it', async () => {
    const outside = join(root, 'secret.json')
    await writeFile(outside, JSON.stringify(makeReport({ label: 'outside' })))
    await mkdir(dir, { recursive: true })
    await symlink(outside, join(dir, 'link.json'))
    await mkdir(join(dir, 'folder.json'))
    const list = await history.list()
    expect(list).toEqual([
      { id: 'link', fileName: 'link.json', state: 'corrupt', problem: 'link.json is not a regular file', sizeBytes: 0 },
      { id: 'folder', fileName: 'folder.json', state: 'corrupt', problem: 'folder.json is not a regular file', sizeBytes: 0 },
    ].sort((a, b) => b.id.localeCompare(a.id)))
    await expect(history.open('link')).rejects.toThrow(/not a regular file/)
  })

  it('re-reads a file that changed, and only then', async () => {
    const entry = await history.save(makeReport({ label: 'first' }))
    expect(ok((await history.list())[0]).title).toBe('first')
    const path = join(dir, entry.fileName)
    await writeFile(path, (await readFile(path, 'utf8')).replace('"first"', '"other"'))
    expect(ok((await history.list())[0]).title).toBe('other')
    await writeFile(path, 'garbage')
    await utimes(path, new Date(), new Date(Date.now() + 5000))
    expect((await history.list())[0]?.state).toBe('corrupt')
  })

  it('sweeps temp files whose writer is gone, and keeps those of a live writer', async () => {
    await mkdir(dir, { recursive: true })
    const dead = join(dir, '.a.json.999999999.abcdef.tmp')
    const live = join(dir, `.b.json.${process.pid}.abcdef.tmp`)
    await writeFile(dead, 'x')
    await writeFile(live, 'x')
    const longAgo = new Date(Date.now() - 3600_000)
    await utimes(dead, longAgo, longAgo)
    await utimes(live, longAgo, longAgo)
    await history.list()
    expect((await readdir(dir)).sort()).toEqual([`.b.json.${process.pid}.abcdef.tmp`])
  })
})

describe('ids', () => {
  it.each(['../escape', '..', 'a/b', 'a\\b', '/etc/passwd', '', '.hidden', 'x'.repeat(200), 'trailing.', 'nul\u0000', 'a..b', 'C:evil'])(
    'refuses %j before touching the disk',
    async (id) => {
      expect(isHistoryId(id)).toBe(false)
      for (const op of [() => history.open(id), () => history.delete(id), () => history.rename(id, 't')]) {
        await expect(op()).rejects.toMatchObject({ name: 'HistoryError', code: 'invalid-id' })
      }
    },
  )

  it('says when an id is valid but unknown', async () => {
    await expect(history.open('nope')).rejects.toThrow(new HistoryError('no report "nope" in the history', 'not-found'))
    await expect(history.delete('nope')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('accepts names people give files, like "alice laptop (2)"', () => {
    expect(isHistoryId('alice laptop (2)')).toBe(true)
    expect(isHistoryId('20240101-000002-000-a1b2c3')).toBe(true)
  })
})

describe('rename and delete', () => {
  it('stores the title as the label, atomically, and removes it for an empty title', async () => {
    const entry = await history.save(makeReport({ label: 'old' }))
    expect(ok(await history.rename(entry.id, '  Alice\'s laptop ')).title).toBe("Alice's laptop")
    expect((await history.open(entry.id)).label).toBe("Alice's laptop")
    expect(ok(await history.rename(entry.id, '')).title).toBe('prime on thread')
    const stored = ReportSchema.parse(JSON.parse(await readFile(join(dir, entry.fileName), 'utf8')))
    expect(stored.label).toBeUndefined()
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a title longer than a label may be', async () => {
    const entry = await history.save(makeReport())
    await expect(history.rename(entry.id, 'x'.repeat(201))).rejects.toMatchObject({ code: 'invalid-title' })
    expect((await history.open(entry.id)).label).toBe('fixture')
  })

  it('deletes, and a rename racing a delete never brings the file back', async () => {
    const entry = await history.save(makeReport())
    const results = await Promise.allSettled([history.rename(entry.id, 'a'), history.delete(entry.id), history.rename(entry.id, 'b')])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected'])
    expect(await history.list()).toEqual([])
    await expect(history.remove(entry.id)).rejects.toMatchObject({ code: 'not-found' })
  })
})

describe('outcome and unusable names (issue 11)', () => {
  it('lists the outcome derived from the runs: failed, partly failed, and no runs at all as aborted', async () => {
    const failed = await history.save(makeReport({ label: 'failed', runs: [makeRun({ status: 'failed', points: [] })] }))
    const partly = await history.save(makeReport({ label: 'partly', runs: [makeRun(), makeRun({ id: 'b', status: 'failed', points: [] })] }))
    const empty = await history.save(makeReport({ label: 'empty', runs: [] }))
    const done = await history.save(makeReport({ label: 'done' }))
    const list = await history.list()
    const outcome = (id: string) => ok(list.find((e) => e.id === id))
    expect(outcome(failed.id)).toMatchObject({ outcome: 'failed', aborted: false })
    expect(outcome(partly.id)).toMatchObject({ outcome: 'partly-failed', aborted: false })
    expect(outcome(empty.id)).toMatchObject({ outcome: 'aborted', aborted: true })
    expect(outcome(done.id)).toMatchObject({ outcome: 'completed', aborted: false })
  })

  it('lists a report file whose name is not a history id as unusable, with why', async () => {
    await history.save(makeReport())
    await writeFile(join(dir, 'my report!.json'), JSON.stringify(makeReport()))
    await writeFile(join(dir, `${'x'.repeat(130)}.json`), JSON.stringify(makeReport()))
    const list = await history.list()
    expect(list).toHaveLength(3)
    const unusable = list.filter((e) => e.state === 'corrupt')
    expect(unusable.map((e) => e.fileName).sort()).toEqual(['my report!.json', `${'x'.repeat(130)}.json`])
    for (const e of unusable) expect(e.state === 'corrupt' && e.problem).toMatch(/file name does not fit the history's naming/)
  })
})

