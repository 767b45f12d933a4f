#!/usr/bin/env node
// `npm run bench:ui`: how long the renderer blocks its main thread (issue 13: never more than
// 50 ms). Starts the built web server (out/main/web.js) and Debian Chromium (playwright-core),
// watches `longtask` entries with a PerformanceObserver, and drives the app as a person would:
// open each experiment screen, start a prime sweep and a file I/O sweep, switch screens while
// they run, and wait for the end; then reload with saved results (the run's report, copied to
// SAVED_REPORTS entries) and open History. Claims: the run's report is copied into the history
// as CLAIM_REPORTS reports, each with a verdict (and evidence bars) for every claim, and the
// Claims screen is opened on them. Prints, per phase, the longest task and how many passed 50 ms.
// BENCH_UI_ONLY=claims: one short sweep (for a real report to copy), then the Claims phase only.
// Figures depend on the machine and on what else runs: no test asserts on them.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const server = join(root, 'out', 'main', 'web.js')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const LIMIT_MS = 50
/** Reports kept in the window's storage for the reload (the store keeps up to 20). */
const SAVED_REPORTS = 6
/** Saved reports carrying a verdict for every claim, for the Claims screen (more than it will read). */
const CLAIM_REPORTS = 80
const claimsOnly = process.env.BENCH_UI_ONLY === 'claims'
if (!existsSync(server)) throw new Error(`${server} is missing: run "npm run build" first (npm run bench:ui does)`)

function readUrl(child) {
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('the web server printed no URL within 30 s')), 30_000)
    child.once('exit', (code) => reject(new Error(`web server exited (${code})`)))
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    })
  })
}

/** Installed before the app's own scripts, so the first screen's tasks count too (after a reload: its phase). */
function observeLongTasks() {
  window.__phase = sessionStorage.getItem('bench.phase') ?? 'load'
  window.__longtasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longtasks.push({ phase: window.__phase, ms: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}

/** The longest task on a renderer main thread after each `bench:` time stamp, in trace order. */
function tracedLongest(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const marks = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('bench:'))
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
  const sorted = [...marks, ...tasks].sort((a, b) => a.ts - b.ts)
  const longest = new Map([['load', 0]])
  let current = 'load'
  for (const e of sorted) {
    if (e.name === 'TimeStamp') current = String(e.args.data.message).slice('bench:'.length)
    else longest.set(current, Math.max(longest.get(current) ?? 0, e.dur / 1000))
  }
  return longest
}

/** What the longest task of each phase spent its time on: its heaviest inner trace events (BENCH_UI_DETAIL=1). */
function longestDetail(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const marks = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('bench:'))
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
  const sorted = [...marks, ...onMain.filter((e) => e.name === 'RunTask')].sort((a, b) => a.ts - b.ts)
  const worst = new Map()
  let current = 'load'
  for (const e of sorted) {
    if (e.name === 'TimeStamp') current = String(e.args.data.message).slice('bench:'.length)
    else if (!worst.has(current) || worst.get(current).dur < e.dur) worst.set(current, e)
  }
  return [...worst].map(([name, task]) => {
    const inner = onMain.filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 2000)
    const what = inner.map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${(e.dur / 1000).toFixed(0)}`)
    return [name, `${(task.dur / 1000).toFixed(0)} ms: ${what.join(', ')}`]
  })
}

/** Every claim id, read from the source (this script runs in Node, without the TypeScript). */
function claimIds(source) {
  const match = /CLAIM_IDS\s*=\s*\[([^\]]+)\]/.exec(source)
  if (!match) throw new Error('CLAIM_IDS not found in src-shared/claims/claim-ids.ts')
  return [...match[1].matchAll(/["']([a-z0-9-]+)["']/g)].map((m) => m[1])
}

/** A verdict as the rules write it: reason, two cited figures, four evidence bars with intervals. */
function benchVerdict(claim, i) {
  const verdicts = ['holds', 'does-not-hold', 'holds-under-gil', 'depends', 'inconclusive']
  const figure = { code: 'fixture', params: { value: i } }
  const bars = ['thread', 'process', 'py-thread', 'py-process'].map((runtime, k) => ({ label: { code: 'runtime', params: { runtime } }, value: 40 + 10 * k + i, interval: [35 + 10 * k, 48 + 10 * k + i] }))
  return { claim, verdict: verdicts[i % verdicts.length], because: { code: 'fixture' }, figures: [figure, figure], runIds: [], english: `${claim}: bench verdict ${i}`, evidence: { unit: 'ms', bars } }
}

/** The newest saved report, copied CLAIM_REPORTS times (older dates) with a verdict for every claim. */
async function storeClaimReports(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  if (names.length === 0) throw new Error('no saved report to copy for the Claims phase')
  const base = JSON.parse(await readFile(join(dir, names.at(-1)), 'utf8'))
  const ids = claimIds(await readFile(join(root, 'src-shared', 'claims', 'claim-ids.ts'), 'utf8'))
  for (let i = 0; i < CLAIM_REPORTS; i++) {
    const created = new Date(Date.parse(base.createdAt) - (i + 1) * 3_600_000)
    const stamp = created.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19)
    const report = { ...base, createdAt: created.toISOString(), claims: ids.map((id, k) => benchVerdict(id, i + k)) }
    await writeFile(join(dir, `${stamp}-${String(i).padStart(6, 'b')}.json`), JSON.stringify(report))
  }
  return ids.length
}

const historyDir = await mkdtemp(join(tmpdir(), 'conlab-bench-ui-'))
const child = spawn(process.execPath, [server, '--port', '0', '--history', historyDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
let browser
try {
  const url = await readUrl(child)
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  // A trace of every task on the page's main thread, so each phase also gets its longest task
  // when none passed 50 ms (the observer sees only those); phases are marked with console.timeStamp.
  const tracer = await browser.newBrowserCDPSession()
  const traceEvents = []
  tracer.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value))
  const traceDone = new Promise((resolve) => tracer.once('Tracing.tracingComplete', resolve))
  await tracer.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,__metadata', transferMode: 'ReportEvents' })
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage()
  await page.addInitScript(observeLongTasks)
  await page.goto(url)
  await page.getByTestId('nav-prime').waitFor()
  const phase = (name) => page.evaluate((n) => { window.__phase = n; console.timeStamp(`bench:${n}`) }, name)
  const open = async (view) => {
    await page.getByTestId(`nav-${view}`).click()
    await page.locator(`[data-testid="screen-${view}"], [data-testid="nav-${view}"][aria-current="page"]`).first().waitFor()
  }
  const settle = () => page.waitForTimeout(300)

  await phase('open screens (idle)')
  if (!claimsOnly) for (const view of ['file-io', 'network-fetch', 'spawn', 'ipc-latency', 'context-switch', 'history', 'compare', 'prime']) {
    await open(view)
    await settle()
  }

  // A sweep long enough to switch screens in the middle of it (a few seconds on two cores).
  await phase('during a run')
  const form = page.getByTestId('form-prime')
  await form.getByTestId('reset-button').click()
  await form.getByTestId('field-repeat').fill(claimsOnly ? '1' : '6')
  await form.getByTestId('field-label').fill('bench ui')
  await form.getByTestId('run-button').click()
  const item = page.getByTestId('queue-item').filter({ hasText: 'bench ui' })
  await item.waitFor()
  const started = Date.now()

  for (let round = 0; round < (claimsOnly ? 0 : 3); round++) {
    for (const view of ['file-io', 'history', 'prime']) {
      await phase(`switching mid-run: ${view}`)
      await open(view)
      await settle()
    }
  }
  await phase('during a run')
  await item.and(page.locator('[data-state=completed], [data-state=aborted], [data-state=failed]')).waitFor({ timeout: 600_000 })
  const runSeconds = (Date.now() - started) / 1000

  await phase('after the run: switching screens')
  if (!claimsOnly) for (const view of ['file-io', 'prime', 'history', 'prime']) {
    await open(view)
    await settle()
  }

  // Claims with many stored verdicts: every card's verdict, figures and evidence chart drawn.
  const claimCount = await storeClaimReports(historyDir)
  const claimsDrawn = () => page.waitForFunction((n) => document.querySelectorAll('[data-testid=screen-claims] [data-testid^=chart-evidence-] canvas').length >= n, claimCount, { timeout: 120_000 })
  await phase(`open Claims (${CLAIM_REPORTS} reports of verdicts)`)
  await open('claims')
  await claimsDrawn()
  await settle()
  await phase('open Claims again')
  await open('prime')
  await settle()
  await open('claims')
  await claimsDrawn()
  await page.waitForTimeout(500)
  const tasks = await page.evaluate(() => window.__longtasks)

  if (!claimsOnly) {
    // A reload with saved results: the run's report, copied under other dates, as a person who
    // ran a few sweeps has it. The observer starts again with the new page, in this phase.
    await page.evaluate((count) => {
      const stored = JSON.parse(localStorage.getItem('conlab.results') ?? '{"entries":[]}')
      const last = stored.entries.at(-1)
      if (!last) throw new Error('no saved report after the run')
      stored.entries = Array.from({ length: count }, (_, i) => ({
        ...last,
        key: `bench-${i}`,
        name: `${last.name} ${i + 1}`,
        report: { ...last.report, createdAt: new Date(Date.parse(last.report.createdAt) - (count - 1 - i) * 60_000).toISOString() },
      }))
      stored.selectedKey = `bench-${count - 1}`
      localStorage.setItem('conlab.results', JSON.stringify(stored))
      sessionStorage.setItem('bench.phase', `reload with ${count} saved results`)
      console.timeStamp(`bench:reload with ${count} saved results`)
    }, SAVED_REPORTS)
    await page.reload()
    await page.getByTestId('screen-prime').waitFor()
    await page.waitForTimeout(1500)
    await phase('after the reload: history')
    await open('history')
    await page.getByTestId('session-item').first().waitFor()
    await settle()
    await phase('after the reload: prime')
    await open('prime')
    await page.waitForTimeout(800)
    tasks.push(...(await page.evaluate(() => window.__longtasks)))
  }
  await tracer.send('Tracing.end')
  await traceDone
  const phases = [...new Set(tasks.map((t) => t.phase))]
  // The PerformanceObserver reports only tasks over 50 ms: a phase missing below had none.
  console.log(`Long tasks (over 50 ms) by phase, Chromium ${browser.version()}; the prime sweep ran ${runSeconds.toFixed(1)} s:`)
  for (const name of ['load', 'open screens (idle)', 'during a run', 'after the run: switching screens', ...phases]) {
    if (!phases.includes(name)) continue
    phases.splice(phases.indexOf(name), 1)
    const ms = tasks.filter((t) => t.phase === name).map((t) => t.ms)
    const over = ms.filter((d) => d > LIMIT_MS).length
    console.log(`  ${name.padEnd(34)} longest ${Math.max(...ms).toFixed(0).padStart(5)} ms, ${String(over).padStart(3)} over ${LIMIT_MS} ms`)
  }
  const all = tasks.map((t) => t.ms)
  console.log(`  ${'all'.padEnd(34)} longest ${(all.length ? Math.max(...all) : 0).toFixed(0).padStart(5)} ms, ${String(all.filter((d) => d > LIMIT_MS).length).padStart(3)} over ${LIMIT_MS} ms`)
  console.log('Longest task per phase, of any length (a trace of the page\'s main thread):')
  if (process.env.BENCH_UI_DETAIL) for (const [name, detail] of longestDetail(traceEvents)) console.log(`  ${name}: ${detail}`)
  for (const [name, ms] of tracedLongest(traceEvents)) console.log(`  ${name.padEnd(34)} longest ${ms.toFixed(0).padStart(5)} ms`)
} finally {
  await browser?.close()
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  await rm(historyDir, { recursive: true, force: true })
}
