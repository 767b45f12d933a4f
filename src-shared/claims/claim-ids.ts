/**
 * The tutorials' claims (issue 18, ../shared/docs/claims.md), by id, in the order the Claims
 * screen and `conlab claims` list them. A new claim is an id here; from there the compiler asks
 * for its catalogue entry, its plan, its verdict rule and its texts in both languages.
 * No zod here: the renderer's first chunk and the preload may import the ids.
 */
export const CLAIM_IDS = [
  'spawn-cost',
  'switch-cost',
  'switch-10ms',
  'multicore-idle',
  'threads-cpu',
  'cpu-processes',
  'io-threads',
  'io-processes',
  'async-io',
  'gil-io',
  'gil-no-race',
  'race-lock',
  'process-no-race',
  'shared-vs-messages',
  'pool-reuse',
  'crash-isolation',
  'rlock-timeout',
  'deadlock',
  'daemon',
] as const
export type ClaimId = (typeof CLAIM_IDS)[number]

export function isClaimId(value: string): value is ClaimId {
  return (CLAIM_IDS as readonly string[]).includes(value)
}

/**
 * What a claim's verdict can be:
 * - `holds`, `does-not-hold`: the figures separate (intervals apart, or a significance test
 *   after Holm's correction; for outcome claims, counts over repetitions);
 * - `holds-under-gil`: holds only in CPython / under a global interpreter lock (measured both ways);
 * - `depends`: holds under one measured condition and not under another (the condition is cited);
 * - `inconclusive`: the intervals overlap or the test does not separate: too noisy, run again;
 * - `cannot-run`: this machine lacks what the claim needs (no interpreter, no perf...), said why.
 */
export const VERDICTS = ['holds', 'does-not-hold', 'holds-under-gil', 'depends', 'inconclusive', 'cannot-run'] as const
export type Verdict = (typeof VERDICTS)[number]
