/**
 * The lab service's claims (issue 18): enqueueClaims plans and queues the claims' suite, whose
 * report carries the verdicts before it is saved and before suite-finished goes out;
 * getClaimVerdicts reads the newest verdict per claim back from a real history folder. The plan
 * and the rules are the claims engine's (src-main/engine/claims): whatever they say, this wiring
 * must hold.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SuiteEvent } from '../../src-shared/api'
import { CLAIM_IDS } from '../../src-shared/claims/claim-ids'
import type { ClaimVerdict } from '../../src-shared/claims/claim-verdict'
import type { RunConfig } from '../../src-shared/config'
import { type Report, ReportSchema } from '../../src-shared/report'
import { CLAIMS_SUITE_LABEL, MAX_REPORTS_READ, withVerdicts } from '../../src-main/engine/claims-service'
import type { HistoryPort } from '../../src-main/engine/lab-ports'
import { createReportPorts } from '../../src-main/engine/lab-report-ports'
import { LabService } from '../../src-main/engine/lab-service'
import { discoverPythons } from '../../src-main/engine/runtimes/python/discover'
import { isSupported } from '../../src-shared/python'
import { type PolicedLab, STRICT_WEB_POLICY, withRunPolicy } from '../../src-main/web/run-policy'
import { makeReport } from '../fixtures/report-fixture'
import { onCleanup } from '../helpers/cleanup'
import { tempDir } from '../helpers/lab'

/** A service on a temp history folder whose `open` calls are counted. */
async function lab(): Promise<{ service: LabService; history: HistoryPort; dir: string; opened: () => number }> {
  const dir = await tempDir('conlab-claims-history-')
  const ports = createReportPorts(dir)
  let opens = 0
  const history: HistoryPort = {
    list: () => ports.history.list(),
    open: (id) => {
      opens += 1
      return ports.history.open(id)
    },
    rename: (id, title) => ports.history.rename(id, title),
    remove: (id) => ports.history.remove(id),
    save: (report) => ports.history.save(report),
  }
  const service = onCleanup(new LabService({ ...ports, history }), (s) => s.dispose())
  return { service, history, dir, opened: () => opens }
}

const verdict = (claim: ClaimVerdict['claim'], value: ClaimVerdict['verdict']): ClaimVerdict => ({
  claim,
  verdict: value,
  because: { code: 'fixture' },
  figures: [],
  runIds: [],
  english: `${claim}: ${value}`,
})

describe('LabService claims', () => {
  it('queues the planned suite and saves its report with the verdicts, before suite-finished', async () => {
    const { service, history } = await lab()
    const finished = new Promise<{ report: Report; saved: Report | undefined }>((resolve) => {
      service.onSuiteEvent((e: SuiteEvent) => {
        if (e.event.type !== 'suite-finished') return
        const { report } = e.event
        // The history already holds the report, verdicts included, when the event goes out.
        void history.list().then(async (entries) => {
          const entry = entries.find((x) => x.state === 'ok' && x.createdAt === report.createdAt)
          resolve({ report, saved: entry ? await history.open(entry.id) : undefined })
        })
      })
    })
    const queued = await service.enqueueClaims(['switch-10ms', 'deadlock'])
    if (!queued.ok) throw new Error(queued.message)
    // Neutral label: the screens name a claims suite in the reader's language.
    expect(queued.value.label).toBe(CLAIMS_SUITE_LABEL)
    expect(queued.value.configs.length).toBeGreaterThan(0)
    expect(queued.value.configs.every((c) => (c.claims ?? []).length > 0)).toBe(true)

    const { report, saved } = await finished
    expect(report.claims?.map((c) => c.claim)).toEqual(['switch-10ms', 'deadlock'])
    expect(ReportSchema.safeParse(report).success).toBe(true)
    expect(saved?.claims).toEqual(report.claims)
    // A claims suite the user did not name has no label in its report either.
    expect(saved?.label).toBeUndefined()

    const verdicts = await service.getClaimVerdicts()
    expect(verdicts.map((v) => v.verdict.claim)).toEqual(['switch-10ms', 'deadlock'])
    expect(verdicts.every((v) => v.createdAt === report.createdAt && v.reportId !== '')).toBe(true)
  })

  it('plans every claim for "all" under the label typed, and a cancel ends it', async () => {
    // The whole suite takes minutes (`conlab claims` measures it); here the plan is checked and cancelled.
    const { service } = await lab()
    const queued = await service.enqueueClaims('all', '  Workshop laptop ')
    if (!queued.ok) throw new Error(queued.message)
    expect(queued.value.label).toBe('Workshop laptop')
    const planned = new Set(queued.value.configs.flatMap((c) => c.claims ?? []))
    // CPython's own `x += 1` has no equivalent in the lab: without an interpreter it plans nothing.
    const python = (await discoverPythons()).some(isSupported)
    expect([...planned].sort()).toEqual(CLAIM_IDS.filter((id) => python || id !== 'gil-no-race').sort())
    await service.cancelSuite(queued.value.suiteId)
    await service.idle()
    expect((await service.listQueue()).find((s) => s.suiteId === queued.value.suiteId)?.state).toBe('aborted')
  })

  it('refuses an empty claim list and a closed lab with one line, and queues nothing', async () => {
    const { service } = await lab()
    expect(await service.enqueueClaims([])).toEqual({ ok: false, message: 'No claim to run' })
    await service.dispose()
    expect(await service.enqueueClaims(['deadlock'])).toMatchObject({ ok: false, message: expect.stringMatching(/shutting down/) })
    expect(await service.listQueue()).toEqual([])
  })

  it("applies a front door's rule to the planned configs (web mode's run policy)", async () => {
    const { service } = await lab()
    const seen: RunConfig[][] = []
    const refused = await service.enqueueClaims(['deadlock'], undefined, async (configs) => {
      seen.push(configs)
      return { ok: false, message: 'Run 1: not here' }
    })
    expect(refused).toEqual({ ok: false, message: 'Run 1: not here' })
    expect(seen[0]?.every((c) => c.claims?.includes('deadlock'))).toBe(true)
    expect(await service.listQueue()).toEqual([])

    // withRunPolicy hands the service its policy: a planned file-I/O folder outside the temp folder is refused.
    let admitted: string | undefined
    const spy = new Proxy(service, {
      get(target, property) {
        if (property !== 'enqueueClaims') return Reflect.get(target, property, target)
        const enqueueClaims: PolicedLab['enqueueClaims'] = async (_claims, _label, admit) => {
          const planned = { workload: { workload: 'file-io', directory: '/etc' }, runtimes: ['thread'], workers: [1], repeat: 1, warmup: 0 } as unknown as RunConfig
          const checked = await admit?.([planned])
          admitted = checked && !checked.ok ? checked.message : 'admitted'
          return { ok: false, message: admitted }
        }
        return enqueueClaims
      },
    })
    await withRunPolicy(spy, STRICT_WEB_POLICY).enqueueClaims(['io-threads'])
    expect(admitted).toMatch(/Run 1: In web mode file I\/O may only use a folder under/)
  })

  it('finds the newest verdict of each claim across reports, skips corrupt files and reads each report once', async () => {
    const { service, history, dir, opened } = await lab()
    await history.save(makeReport({ createdAt: '2024-01-01T00:00:00.000Z', claims: [verdict('deadlock', 'holds'), verdict('spawn-cost', 'does-not-hold')] }))
    await history.save(makeReport({ createdAt: '2024-01-02T00:00:00.000Z' }))
    const newer = await history.save(makeReport({ createdAt: '2024-01-03T00:00:00.000Z', claims: [verdict('deadlock', 'inconclusive')] }))
    await writeFile(join(dir, '20240104-000000-000-abcdef.json'), '{ not json')

    const first = await service.getClaimVerdicts()
    // Catalogue order; deadlock from the newest report that has it, spawn-cost from the older one.
    expect(first.map((v) => [v.verdict.claim, v.verdict.verdict, v.createdAt])).toEqual([
      ['spawn-cost', 'does-not-hold', '2024-01-01T00:00:00.000Z'],
      ['deadlock', 'inconclusive', '2024-01-03T00:00:00.000Z'],
    ])
    expect(first[1]?.reportId).toBe(newer.id)
    const opens = opened()
    expect(opens).toBe(3)
    expect(await service.getClaimVerdicts()).toEqual(first)
    expect(opened()).toBe(opens)
  })

  it(`opens at most ${MAX_REPORTS_READ} reports: older verdicts are "not run yet"`, async () => {
    const { service, history, opened } = await lab()
    await history.save(makeReport({ createdAt: '2023-01-01T00:00:00.000Z', claims: [verdict('deadlock', 'holds')] }))
    for (let i = 0; i < MAX_REPORTS_READ; i += 1) {
      await history.save(makeReport({ createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString() }))
    }
    expect(await service.getClaimVerdicts()).toEqual([])
    expect(opened()).toBe(MAX_REPORTS_READ)
  })

  it('keeps from a cancelled suite only the verdicts its finished runs decided', () => {
    // The prime run was stopped by the user; the race was never reached.
    const report = makeReport()
    report.runs = report.runs.map((run) => ({ ...run, status: 'aborted' as const, error: 'Cancelled by the user' }))
    const claims = ['threads-cpu', 'race-lock', 'spawn-cost'] as const
    const whole = withVerdicts(report, claims, false).claims ?? []
    expect(whole.map((v) => v.claim)).toEqual(claims)
    const cut = withVerdicts(report, claims, true).claims ?? []
    // None of these was decided from finished runs: the cancelled report claims nothing about them.
    expect(cut.filter((v) => ['runAborted', 'notMeasured'].includes(v.because.code))).toEqual([])
    expect(cut.length).toBeLessThan(whole.length)
    expect(cut).toEqual(whole.filter((v) => !['runAborted', 'notMeasured'].includes(v.because.code)))
  })
})
