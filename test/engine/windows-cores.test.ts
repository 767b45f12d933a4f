/**
 * Core control on Windows, the flow: the app's Cores field (limitCores) and `conlab run --cpus N`
 * (restrictSelfWindows, applyCpus) read the lab's affinity mask, set it, check it by reading it
 * back, and give it back after the run. Windows cannot run here, so PowerShell is replaced by a
 * scripted runner that interprets the very scripts the lab builds against a simulated process
 * mask: the one stub in this file, allowed because the real thing needs Windows. The Linux paths
 * are never stubbed (run-cores.test.ts, cli/cpus.test.ts run them for real); the real runner's
 * "not found" answer is exercised below as it is.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import enCli from '../../src-shared/i18n/en-cli'
import { CPUS_WINDOWS_ENV, describeCpusAllowed } from '../../src-main/engine/measure/cpu-affinity'
import { coreControl, limitCores } from '../../src-main/engine/measure/process-affinity'
import { type PowerShellRunner, maskToCpus } from '../../src-main/engine/measure/windows-affinity'
import { applyCpus } from '../../src-main/cli/cpus-reexec'
import { restrictSelfWindows } from '../../src-main/cli/cpus-windows'

const texts = enCli.cpus

/** A simulated Windows process: its mask, what the lab asked, and how the system misbehaves. */
function windowsProcess(mask: bigint, misbehave: { failSet?: boolean; ignoreSet?: boolean; failRead?: boolean } = {}) {
  const state = { mask, calls: [] as string[] }
  const run: PowerShellRunner = async (args) => {
    expect(args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-Command'])
    const script = args[3]!
    state.calls.push(script)
    const set = /\$p\.ProcessorAffinity = \[IntPtr\]\[int64\](-?\d+)$/.exec(script)
    if (set) {
      if (misbehave.failSet) return { kind: 'failed', reason: 'Exception setting "ProcessorAffinity": "Access is denied"' }
      if (!misbehave.ignoreSet) state.mask = BigInt.asUintN(64, BigInt(set[1]!))
      return { kind: 'ok', stdout: '' }
    }
    if (/\[int64\]\(Get-Process -Id \d+\)\.ProcessorAffinity$/.test(script)) {
      if (misbehave.failRead) return { kind: 'failed', reason: 'ETIMEDOUT' }
      return { kind: 'ok', stdout: `${BigInt.asIntN(64, state.mask)}\r\n` }
    }
    throw new Error(`unexpected script: ${script}`)
  }
  return { state, run }
}

let bin = ''
beforeAll(async () => {
  // coreControl looks powershell.exe up on PATH: a real executable file in a temp dir stands for it.
  bin = await mkdtemp(join(tmpdir(), 'conlab-ps-'))
  await writeFile(join(bin, 'powershell.exe'), '#!/bin/sh\nexit 1\n')
  await chmod(join(bin, 'powershell.exe'), 0o755)
})
afterAll(async () => {
  await rm(bin, { recursive: true, force: true })
})

describe('the Cores field on Windows', () => {
  it('is available where powershell.exe is on PATH, and says why not elsewhere', () => {
    expect(coreControl('win32', bin)).toMatchObject({ available: true })
    expect(coreControl('win32', '/nonexistent-dir')).toMatchObject({ available: false, reason: 'no-powershell' })
  })

  it('restricts the process for the run, records the mask read back, and restores it once', async () => {
    const win = windowsProcess(15n)
    const limit = await limitCores(2, { platform: 'win32', path: bin, powershell: win.run })
    expect(limit.allowed).toEqual({ cpus: { value: [0, 1] }, setBy: 'cores-field', requested: 2, requestedBy: 'cores-field' })
    expect(win.state.mask).toBe(3n)
    await limit.restore()
    await limit.restore()
    expect(win.state.mask).toBe(15n)
    // read, set, read back, then one restore (set + read back): the second restore did nothing.
    expect(win.state.calls).toHaveLength(5)
  })

  it('says not applied when the set fails, and leaves the mask as it was', async () => {
    const win = windowsProcess(255n, { failSet: true })
    const limit = await limitCores(1, { platform: 'win32', path: bin, powershell: win.run })
    expect(limit.allowed).toMatchObject({ cpus: { value: maskToCpus(255n) }, setBy: 'inherited', requested: 1, notApplied: 'no-powershell' })
    expect(win.state.mask).toBe(255n)
  })

  it('says not taken when Windows ignores the mask (a job object), and still restores', async () => {
    const win = windowsProcess(3n, { ignoreSet: true })
    const limit = await limitCores(1, { platform: 'win32', path: bin, powershell: win.run })
    expect(limit.allowed).toMatchObject({ cpus: { value: [0, 1] }, setBy: 'inherited', notApplied: 'not-taken' })
    await expect(limit.restore()).resolves.toBeUndefined()
  })

  it('goes on with every core when the mask cannot even be read', async () => {
    const win = windowsProcess(3n, { failRead: true })
    const limit = await limitCores(1, { platform: 'win32', path: bin, powershell: win.run })
    expect(limit.allowed).toMatchObject({ setBy: 'inherited', notApplied: 'no-powershell' })
    expect(win.state.calls).toHaveLength(1)
  })
})

describe('conlab run --cpus N on Windows', () => {
  it('restricts its own process before the CLI loads and records what Windows showed', async () => {
    const win = windowsProcess(15n)
    const env: NodeJS.ProcessEnv = {}
    const decision = applyCpus(['run', '--cpus', '2'], texts, env, 'win32', win.run)
    expect(decision.kind).toBe('restricting')
    if (decision.kind !== 'restricting') return
    expect(await decision.done).toEqual({ kind: 'restricted', cpus: [0, 1] })
    expect(win.state.mask).toBe(3n)
    expect(env[CPUS_WINDOWS_ENV]).toBe('2:0,1')
    expect(describeCpusAllowed({ requested: 2 }, env, 'win32')).toEqual({ cpus: { value: [0, 1] }, setBy: 'cpus-flag', requested: 2 })
    // Without the lab having restricted itself the request is said not applied, never pretended.
    expect(describeCpusAllowed({ requested: 2 }, {}, 'win32')).toMatchObject({ setBy: 'inherited', notApplied: 'windows-no-affinity' })
  })

  it('refuses more cores than the process may use, and a restriction Windows did not take', async () => {
    expect(await restrictSelfWindows(4, texts, windowsProcess(3n).run, {})).toEqual({ kind: 'refused', message: '--cpus 4: this process may use only 2 core(s) (0,1)' })
    const env: NodeJS.ProcessEnv = {}
    const ignored = await restrictSelfWindows(1, texts, windowsProcess(3n, { ignoreSet: true }).run, env)
    expect(ignored).toMatchObject({ kind: 'refused', message: expect.stringContaining('Windows did not take the restriction (it shows the cores 0,1') })
    expect(env[CPUS_WINDOWS_ENV]).toBeUndefined()
  })

  it('refuses in one line where PowerShell is missing (the real runner, here)', async () => {
    const decision = applyCpus(['run', '--cpus=1'], texts, {}, 'win32')
    if (decision.kind !== 'restricting') throw new Error(decision.kind)
    const outcome = await decision.done
    expect(outcome).toEqual({ kind: 'refused', message: expect.stringContaining('(ENOENT)') })
    if (outcome.kind === 'refused') expect(outcome.message).not.toContain('\n')
  })

  it('still refuses a bad number before asking PowerShell anything', () => {
    const win = windowsProcess(3n)
    expect(applyCpus(['--cpus', 'two'], texts, {}, 'win32', win.run)).toMatchObject({ kind: 'usage-error' })
    expect(win.state.calls).toEqual([])
  })
})
