import { describe, expect, it } from 'vitest'
import {
  type CounterSource,
  countSwitches,
  diffCount,
  parseSwitchCounters,
  readProcessCount,
  readSwitchCounts,
  readThreadCount,
  sumCounts,
  systemCounterSource,
} from '../../../src-workers/kernels/switch-counters'
import { countedSpin } from '../../../src-workers/kernels/busy-counted'
import { spin } from '../../../src-workers/kernels/busy'
import { messageText } from '../../../src-shared/engine-message'
import { translateEn, translatorFor } from '../../../src-shared/i18n/translate'

const STATUS = (v: number, n: number) => `Name:\tnode\nvoluntary_ctxt_switches:\t${v}\nnonvoluntary_ctxt_switches:\t${n}\n`

/** A scripted OS: each read returns the next values, so deltas are known exactly. */
function scripted(platform: string, threadValues: Array<[number, number]> | Error, processValues: Array<[number, number]>): CounterSource {
  let t = 0
  let p = 0
  return {
    platform: () => platform,
    readThreadStatus: () => {
      if (threadValues instanceof Error) throw threadValues
      const [v, n] = threadValues[Math.min(t++, threadValues.length - 1)]!
      return STATUS(v, n)
    },
    resourceUsage: () => {
      const [v, n] = processValues[Math.min(p++, processValues.length - 1)]!
      return { voluntaryContextSwitches: v, involuntaryContextSwitches: n }
    },
  }
}

describe('switch counters', () => {
  it('on Linux, reports thread and process deltas around the work', () => {
    const source = scripted('linux', [[10, 1], [15, 4]], [[100, 7], [130, 9]])
    const { value, switches } = countSwitches(() => 42, source)
    expect(value).toBe(42)
    expect(switches).toEqual({ thread: { available: true, voluntary: 5, involuntary: 3 }, process: { available: true, voluntary: 30, involuntary: 2 } })
  })

  it('on Windows, says both counters are absent, with a reason, and never reports 0', () => {
    const source = scripted('win32', [[0, 0]], [[0, 0]])
    const { switches } = countSwitches(() => undefined, source)
    expect(switches.thread.available).toBe(false)
    expect(switches.process.available).toBe(false)
    expect(switches.process).toMatchObject({ reason: expect.stringMatching(/Windows/) })
    expect(JSON.stringify(switches)).not.toMatch(/"voluntary":0/)
  })

  it('on macOS, has the process counter but not the per-thread one', () => {
    const switches = readSwitchCounts(scripted('darwin', [[1, 1]], [[3, 4]]))
    expect(switches.thread).toMatchObject({ available: false, reason: expect.stringMatching(/Linux/) })
    expect(switches.process).toEqual({ available: true, voluntary: 3, involuntary: 4 })
  })

  it('says why when /proc cannot be read', () => {
    const switches = readSwitchCounts(scripted('linux', new Error('EACCES: permission denied'), [[0, 0]]))
    expect(switches.thread).toMatchObject({ available: false, reason: expect.stringMatching(/EACCES/) })
  })

  it('keeps absence through differences and sums', () => {
    const absent = { available: false as const, reason: 'not here' }
    const present = { available: true as const, voluntary: 2, involuntary: 1 }
    expect(diffCount(absent, present)).toBe(absent)
    expect(diffCount(present, absent)).toBe(absent)
    expect(sumCounts([present, present])).toEqual({ available: true, voluntary: 4, involuntary: 2 })
    expect(sumCounts([present, absent])).toBe(absent)
    expect(sumCounts([])).toMatchObject({ available: false })
  })

  it.runIf(process.platform === 'linux')('reads the real counters of this thread', () => {
    const switches = readSwitchCounts(systemCounterSource)
    expect(switches.thread.available).toBe(true)
    expect(switches.process.available).toBe(true)
  })

  it.runIf(process.platform === 'linux')('counts the voluntary switch of a thread that blocks', () => {
    // A futex wait off the event loop: at least one voluntary switch, for the thread and the process.
    const { switches } = countSwitches(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5))
    expect(switches.thread).toMatchObject({ available: true, voluntary: expect.any(Number) })
    expect(switches.thread.available && switches.thread.voluntary).toBeGreaterThan(0)
    expect(switches.process.available && switches.process.voluntary).toBeGreaterThan(0)
  })

  it('counted busy loop returns the plain loop checksum with its counts', () => {
    const result = countedSpin(10_000, scripted('win32', [[0, 0]], [[0, 0]]))
    expect(result.checksum).toBe(spin(10_000))
    expect(result.switches.thread.available).toBe(false)
  })
})

describe('parseSwitchCounters', () => {
  it('reads both counters from a status text', () => {
    const status = 'Name:\tnode\nThreads:\t7\nvoluntary_ctxt_switches:\t42\nnonvoluntary_ctxt_switches:\t3\n'
    expect(parseSwitchCounters(status)).toEqual({ voluntary: 42, involuntary: 3 })
  })

  it('is null when a counter is missing', () => {
    expect(parseSwitchCounters('voluntary_ctxt_switches:\t42\n')).toBeNull()
    expect(parseSwitchCounters('')).toBeNull()
  })
})

describe('why a switch counter is missing, in the reader’s language', () => {
  const usage = () => ({ voluntaryContextSwitches: 1, involuntaryContextSwitches: 2 })
  it('stores the English reason and its code, which a Chinese display translates', () => {
    const mac = readThreadCount({ platform: () => 'darwin', readThreadStatus: () => '', resourceUsage: usage })
    const windows = readProcessCount({ platform: () => 'win32', readThreadStatus: () => '', resourceUsage: usage })
    const broken = readThreadCount({ platform: () => 'linux', readThreadStatus: () => 'Name: x', resourceUsage: usage })
    for (const count of [mac, windows, broken]) {
      expect(count.available).toBe(false)
      if (count.available) continue
      expect(count.reason).toBe(messageText(translateEn, count.reasonMessage!))
      const chinese = messageText(translatorFor('zh-CN'), count.reasonMessage!)
      expect(chinese).not.toBe(count.reason)
      expect(chinese).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(mac.available === false && mac.reason).toContain('darwin')
  })
})
