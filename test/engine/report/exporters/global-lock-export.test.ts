/**
 * Markdown and HTML exports of a run under the global lock (issue 16): the setting in words, a
 * section with each point's hand-overs, drops and waits, the kept timeline per thread; in English
 * and Chinese, never as raw field names. Never a duration.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { reportToMarkdown } from '../../../../src-main/engine/report/exporters/markdown'
import { runSuite } from '../../../../src-main/engine/session'
import type { Report } from '../../../../src-shared/report'

let report: Report

beforeAll(async () => {
  report = await runSuite([{ workload: { workload: 'prime', hi: 300_000, method: 'trial' }, runtimes: ['thread', 'process'], workers: [2], repeat: 1, warmup: 0, globalLock: true, switchIntervalMs: 3 }])
}, 120_000)

describe('global-lock figures in the exports', () => {
  it.each([
    ['md', 'en', (r: Report) => reportToMarkdown(r, 'en')],
    ['html', 'en', (r: Report) => reportToHtml(r, 'en')],
  ] as const)('%s (%s): the setting, the section and its columns, no raw field names', (_format, _locale, render) => {
    const text = render(report)
    expect(text).toContain('Global lock (CPython GIL emulation)')
    expect(text).toContain('Global lock on, switch interval 3 ms (CPython: sys.getswitchinterval())')
    expect(text).toContain('global lock (switch interval 3 ms)')
    expect(text).toContain('Hand-overs')
    expect(text).toContain('Wait for the lock per worker (ms)')
    expect(text).toMatch(/thread: Traced repetition kept \(global lock · 2 threads\)/)
    expect(text).toMatch(/thread 2 holding/)
    expect(text).not.toContain('globalLock.handOvers')
    expect(text).not.toContain('switchIntervalMs')
  })

  it.each([
    ['md', (r: Report) => reportToMarkdown(r, 'zh-CN')],
    ['html', (r: Report) => reportToHtml(r, 'zh-CN')],
  ] as const)('%s in Chinese', (_format, render) => {
    const text = render(report)
    expect(text).toContain('全局锁（模拟 CPython 的 GIL）')
    expect(text).toContain('切换间隔 3 ms')
    expect(text).toContain('交接次数')
    expect(text).toContain('各工作者等待锁的时间（ms）')
    expect(text).not.toContain('globalLock.report')
  })

  it('a report without the lock has no such section', async () => {
    const plain = await runSuite([{ workload: { workload: 'prime', hi: 100_000 }, runtimes: ['thread'], workers: [1], repeat: 1, warmup: 0 }])
    expect(reportToMarkdown(plain, 'en')).not.toContain('CPython GIL emulation')
  })
})
