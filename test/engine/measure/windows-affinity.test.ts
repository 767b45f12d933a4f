/**
 * Windows process affinity through PowerShell, as far as Linux can check it: the invocations
 * built, and the outputs of Windows PowerShell 5.1 read back: masks 3, 15 and 255 and two error
 * records, written here in the format powershell.exe prints them (no Windows machine was at hand to
 * capture them; check them there when one is). The real runner is run too: here it finds no
 * powershell.exe, and must say so in one line instead of throwing or hanging.
 */
import { describe, expect, it } from 'vitest'
import {
  cpusToMask,
  maskToCpus,
  parseAffinityOutput,
  readAffinityArgs,
  readProcessAffinity,
  runPowerShell,
  setAffinityArgs,
  shellErrorLine,
} from '../../../src-main/engine/measure/windows-affinity'

/** `Get-Process -Id 4242` for a process that has exited, as powershell.exe prints it on stderr. */
const NO_PROCESS = [
  'Get-Process : Cannot find a process with the process identifier 4242.',
  'At line:1 char:35',
  "+ $ErrorActionPreference = 'Stop'; [int64](Get-Process -Id 4242).Proces ...",
  '+                                   ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
  '    + CategoryInfo          : ObjectNotFound: (4242:Int32) [Get-Process], ProcessCommandException',
  '    + FullyQualifiedErrorId : NoProcessFoundForGivenId,Microsoft.PowerShell.Commands.GetProcessCommand',
  '',
].join('\r\n')

/** Setting a mask with a CPU the machine does not have (bit 8 on 8 CPUs). */
const BAD_MASK = [
  'Exception setting "ProcessorAffinity": "The parameter is incorrect"',
  'At line:1 char:57',
  "+ ... 'Stop'; $p = Get-Process -Id 4242; $p.ProcessorAffinity = [IntPtr][in ...",
  '+                                         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
  '    + CategoryInfo          : NotSpecified: (:) [], SetValueInvocationException',
  '    + FullyQualifiedErrorId : ExceptionWhenSetting',
  '',
].join('\r\n')

describe('PowerShell invocations', () => {
  it('reads the mask as a plain decimal, without profile or prompts, stopping on errors', () => {
    expect(readAffinityArgs(4242)).toEqual(['-NoProfile', '-NonInteractive', '-Command', "$ErrorActionPreference = 'Stop'; [int64](Get-Process -Id 4242).ProcessorAffinity"])
  })

  it('sets a mask as a signed 64-bit literal', () => {
    expect(setAffinityArgs(4242, 3n).at(-1)).toBe("$ErrorActionPreference = 'Stop'; $p = Get-Process -Id 4242; $p.ProcessorAffinity = [IntPtr][int64]3")
    expect(setAffinityArgs(7, 1n << 63n).at(-1)).toContain('[IntPtr][int64]-9223372036854775808')
  })

  it('refuses what is not a process id or a mask, rather than building a script from it', () => {
    expect(() => readAffinityArgs(-1)).toThrow(/process id/)
    expect(() => readAffinityArgs(1.5)).toThrow(/process id/)
    expect(() => setAffinityArgs(1, 0n)).toThrow(/mask/)
    expect(() => setAffinityArgs(1, 1n << 64n)).toThrow(/mask/)
    expect(() => cpusToMask([64])).toThrow(/processor group/)
  })

  it('turns CPU lists into masks and back', () => {
    expect(cpusToMask([0, 1])).toBe(3n)
    expect(cpusToMask([0, 1, 2, 3])).toBe(15n)
    expect(cpusToMask([3, 1, 0])).toBe(11n)
    expect(maskToCpus(255n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(maskToCpus(cpusToMask([5, 63]))).toEqual([5, 63])
  })
})

describe('recorded outputs', () => {
  it('reads masks 3, 15 and 255 as CPU lists', () => {
    expect(parseAffinityOutput('3\r\n')).toEqual([0, 1])
    expect(parseAffinityOutput('15\r\n')).toEqual([0, 1, 2, 3])
    expect(parseAffinityOutput('255\r\n')).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(parseAffinityOutput('-9223372036854775808\r\n')).toEqual([63])
  })

  it('reads anything else as no answer', () => {
    for (const text of ['', '0\r\n', '0x3', '3 15', NO_PROCESS, '99999999999999999999999']) expect(parseAffinityOutput(text)).toBeNull()
  })

  it('says an error in one line: the message, not its position or category', () => {
    expect(shellErrorLine(NO_PROCESS, 'exit 1')).toBe('Get-Process : Cannot find a process with the process identifier 4242.')
    expect(shellErrorLine(BAD_MASK, 'exit 1')).toBe('Exception setting "ProcessorAffinity": "The parameter is incorrect"')
    expect(shellErrorLine('\r\n\r\n', 'exit 1')).toBe('exit 1')
    const long = shellErrorLine(`\u001b[31m${'x'.repeat(500)}\u0007`, 'exit 1')
    expect(long).toHaveLength(200)
    expect(long).not.toMatch(/[\u0000-\u001f]/)
  })
})

describe('the real runner where there is no PowerShell', () => {
  it.runIf(process.platform !== 'win32')('answers with the reason in one line', async () => {
    const outcome = await readProcessAffinity(process.pid, runPowerShell)
    expect(outcome).toEqual({ kind: 'failed', reason: 'ENOENT' })
  })
})
