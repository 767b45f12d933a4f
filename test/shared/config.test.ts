/** The one config schema, as the CLI, the engine and the renderer all see it. */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema, describeZodError } from '../../src-shared/config'

const valid = { workload: { workload: 'prime' }, runtimes: ['thread', 'process'] }

function problem(input: unknown): string {
  const parsed = RunConfigSchema.safeParse(input)
  if (parsed.success) throw new Error('expected the schema to reject the input')
  return describeZodError(parsed.error)
}

describe('RunConfigSchema', () => {
  it('fills defaults for what the user left out', () => {
    const config = RunConfigSchema.parse(valid)
    expect(config).toMatchObject({ workers: 'auto', repeat: 5, warmup: 1, serialization: 'advanced' })
    expect(config.workload).toMatchObject({ workload: 'prime', lo: 0, hi: 1_000_000_000, method: 'sieve', chunking: 'dynamic' })
  })

  it('sorts and de-duplicates worker counts and runtimes', () => {
    const config = RunConfigSchema.parse({ ...valid, runtimes: ['thread', 'thread'], workers: [4, 1, 2, 1] })
    expect(config.workers).toEqual([1, 2, 4])
    expect(config.runtimes).toEqual(['thread'])
  })

  it.each([
    [{ ...valid, runtimes: [] }, /runtimes/],
    [{ ...valid, runtimes: ['green-threads'] }, /runtimes\.0/],
    [{ ...valid, workers: [0] }, /workers: must be "auto"/],
    [{ ...valid, workers: 'many' }, /workers/],
    [{ ...valid, repeat: 0 }, /repeat/],
    [{ ...valid, repeat: 1.5 }, /repeat/],
    [{ ...valid, warmup: -1 }, /warmup/],
    [{ ...valid, workload: { workload: 'prime', lo: 10, hi: 10 } }, /workload\.hi: hi must be greater than lo/],
    [{ ...valid, workload: { workload: 'prime', hi: 5e9 } }, /workload\.hi/],
    [{ ...valid, workload: { workload: 'prime', method: 'trial', hi: 1e9 } }, /trial division/],
    [{ ...valid, workload: { workload: 'quantum' } }, /workload/],
    [{ ...valid, serialization: 'xml' }, /serialization/],
    ['not an object', /root/],
    [{ ...valid, workload: { workload: 'spawn' }, runtimes: ['main'] }, /runtimes: this experiment measures workers/],
  ])('rejects %j naming the field', (input, message) => {
    expect(problem(input)).toMatch(message)
  })
})
