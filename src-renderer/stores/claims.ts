/**
 * The Claims screen's state (issue 18): each claim's newest verdict on this machine (from the
 * engine's history, getClaimVerdicts) and the claims suite being run. The suite itself is
 * followed by the runs store like any other (progress, cancel, reconnects); this store only knows
 * which suite is the claims' and reloads the verdicts once it has ended.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { MachineClaimVerdict } from '../../src-shared/api'
import type { ClaimId } from '../../src-shared/claims/claim-ids'
import { getLabApi } from '../api'
import { translate } from '../i18n'
import { type SuiteView, isFinished, useRunsStore } from './runs'

/** A claims suite is known by its configs: the plan tags every one with the claims it serves. */
export const claimsOf = (suite: SuiteView): ClaimId[] => [...new Set(suite.configs.flatMap((c) => c.claims ?? []))]
const isClaimsSuite = (suite: SuiteView): boolean => suite.configs.length > 0 && suite.configs.every((c) => (c.claims ?? []).length > 0)

/** The engine's neutral label of a claims suite nobody named (claims-service.ts CLAIMS_SUITE_LABEL). */
const ENGINE_CLAIMS_LABEL = 'claims'
/** A suite's label as shown: an unnamed claims suite is "Claims" in the reader's language. */
export const suiteLabel = (suite: SuiteView, t: (key: string) => string): string =>
  suite.label === ENGINE_CLAIMS_LABEL && isClaimsSuite(suite) ? t('claimsScreen.title') : suite.label

export const useClaimsStore = defineStore('claims', () => {
  const runs = useRunsStore()
  const verdicts = ref<Partial<Record<ClaimId, MachineClaimVerdict>>>({})
  /** False until the first listing arrived: the screen says "loading", not "not run yet". */
  const loaded = ref(false)
  const error = ref<string | null>(null)
  const suiteId = ref<string | null>(null)

  /** The claims suite this page follows: the last one it started or saw queued or running. */
  const suite = computed<SuiteView | null>(() => runs.suites.find((s) => s.suiteId === suiteId.value) ?? null)
  // After a reload, or a suite started from another window: the newest unfinished claims suite
  // is adopted, so its progress shows and its end reloads the verdicts.
  const unfinished = computed(() => [...runs.suites].reverse().find((s) => !isFinished(s) && isClaimsSuite(s))?.suiteId ?? null)
  watch(
    unfinished,
    (id) => {
      if (id !== null && (suite.value === null || isFinished(suite.value))) suiteId.value = id
    },
    { immediate: true },
  )
  const active = computed(() => suite.value !== null && !isFinished(suite.value))
  /** The claims the active suite is settling (their rows say so). */
  const running = computed<ClaimId[]>(() => (suite.value && active.value ? claimsOf(suite.value) : []))

  async function load(): Promise<void> {
    try {
      const listed = await getLabApi().getClaimVerdicts()
      verdicts.value = Object.fromEntries(listed.map((v) => [v.verdict.claim, v]))
      loaded.value = true
    } catch (e) {
      error.value = translate('connection.runFailed', { message: e instanceof Error ? e.message : String(e) })
    }
  }

  async function run(claims: ClaimId[] | 'all'): Promise<void> {
    error.value = null
    try {
      const outcome = await getLabApi().enqueueClaims(claims)
      if (!outcome.ok) {
        error.value = outcome.message
        return
      }
      suiteId.value = outcome.value.suiteId
      // The runs store lists the queue, so the suite is followed (and cancellable) like any other.
      await runs.sync()
    } catch (e) {
      error.value = translate('connection.runFailed', { message: e instanceof Error ? e.message : String(e) })
    }
  }

  async function cancel(): Promise<void> {
    if (suite.value) await runs.cancel(suite.value.suiteId)
  }

  // The report (verdicts included) is saved before suite-finished goes out: reload then.
  watch(
    () => (suite.value ? `${suite.value.suiteId}:${suite.value.state}` : ''),
    (now, before) => {
      if (suite.value && isFinished(suite.value) && now !== before) void load()
    },
  )

  return { verdicts, loaded, error, suite, active, running, load, run, cancel }
})
