/**
 * The handlers installed before the CLI loads: a signal then means "cancelled before anything
 * ran". Once the CLI has taken the signals over and given them back (its run over, its report
 * written), that line would be false: CI found it printed beside a written report, when a SIGINT
 * landed in the moment between the CLI's end and the process's.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { installEarlySignals } from '../../src-main/cli/early-signals'

const added: Array<(...args: unknown[]) => void> = []
afterEach(() => {
  for (const listener of added.splice(0)) {
    process.removeListener('SIGINT', listener)
    process.removeListener('SIGTERM', listener)
  }
})

function install() {
  const before = new Set(process.listeners('SIGINT'))
  const said: string[] = []
  const exits: number[] = []
  const signals = installEarlySignals('Cancelled before anything ran.', { write: (text) => void said.push(text), exit: (code) => void exits.push(code) })
  for (const listener of process.listeners('SIGINT')) if (!before.has(listener)) added.push(listener as (...args: unknown[]) => void)
  return { signals, said, exits }
}

describe('early signal handlers', () => {
  it('say "cancelled before anything ran" only before the CLI took the signals over', () => {
    const early = install()
    process.emit('SIGINT', 'SIGINT')
    expect(early.said.join('')).toContain('Cancelled before anything ran.')
    expect(early.exits).toEqual([130])

    const late = install()
    const seen: string[] = []
    const release = late.signals.takeOver((signal) => void seen.push(signal))
    process.emit('SIGTERM', 'SIGTERM')
    expect(seen).toEqual(['SIGTERM'])
    release()
    process.emit('SIGTERM', 'SIGTERM')
    expect(late.said).toEqual([])
    expect(late.exits).toEqual([143])
  })
})
