/**
 * Report version migrations: a chain of small steps, each from version N to N + 1, applied to the
 * parsed JSON before the current schema judges it. A step only reshapes what is there; it never
 * invents a measurement, and every value it cannot know is marked as unknown rather than guessed.
 *
 * Only v1 has ever been written by a release. v0 is the pre-release format (the lab's prototype,
 * kept here so the chain is exercised by tests and the next real migration has a place to go):
 * - no top-level `warnings` (they were printed, not stored);
 * - per run, `warmup` and `repeat` at the run's top level instead of a `settings` object, and no
 *   record of the serialization or the task timeout.
 */
import { REPORT_VERSION } from '../../../src-shared/report'

type Json = Record<string, unknown>

export interface Migration {
  from: number
  to: number
  /** One line for the user: what changed between the two versions. */
  describe: string
  /** Gets a fresh object it may not mutate (the caller's input); returns the next version's shape. */
  migrate(value: Json): Json
}

/** Oldest version the chain can still read. */
export const OLDEST_READABLE_VERSION = 0

/** What v0 never recorded: kept recognisable so a comparison shows it as a settings mismatch. */
export const UNKNOWN_SERIALIZATION = 'unknown (v0 report)'

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

function migrateRunV0(run: unknown): unknown {
  // Anything not shaped like a run is passed through untouched for the schema to name.
  if (!isObject(run) || 'settings' in run) return run
  const { warmup, repeat, serialization, taskTimeoutMs, ...rest } = run
  return {
    ...rest,
    settings: {
      serialization: typeof serialization === 'string' ? serialization : UNKNOWN_SERIALIZATION,
      warmup,
      repeat,
      // 0 = "not recorded"; the schema accepts it and no real run uses it (the minimum is 10 ms).
      taskTimeoutMs: typeof taskTimeoutMs === 'number' ? taskTimeoutMs : 0,
    },
  }
}

export const v0ToV1: Migration = {
  from: 0,
  to: 1,
  describe: 'moved warmup and repeat into run settings; added an empty warnings list (v0 did not store warnings)',
  migrate(value) {
    const runs = Array.isArray(value.runs) ? value.runs.map(migrateRunV0) : value.runs
    return {
      ...value,
      schema: value.schema ?? 'concurrency-lab/report',
      version: 1,
      runs,
      warnings: value.warnings ?? [],
    }
  },
}

export const MIGRATIONS: readonly Migration[] = [v0ToV1]

export class MigrationError extends Error {
  override readonly name = 'MigrationError'
}

export interface MigrationResult {
  value: unknown
  /** The version the file was written in when it was migrated; null when it already was current. */
  migratedFrom: number | null
  /** What each applied step did, oldest first. */
  steps: string[]
}

/**
 * Brings a parsed report to the current version. A value without a numeric `version` is returned
 * as is (the schema then says what is missing); a newer version is refused, as guessing at a
 * format we do not know would show wrong figures with confidence.
 */
export function migrateReport(value: unknown, migrations: readonly Migration[] = MIGRATIONS, current = REPORT_VERSION): MigrationResult {
  if (!isObject(value) || typeof value.version !== 'number' || value.version === current) {
    return { value, migratedFrom: null, steps: [] }
  }
  const from = value.version
  if (!Number.isInteger(from)) throw new MigrationError(`report version ${from} is not a whole number`)
  if (from > current) {
    throw new MigrationError(
      `report version ${from} is newer than this Concurrency Lab understands (${current}); update the lab to read it`,
    )
  }
  let version = from
  let migrated: Json = value
  const steps: string[] = []
  while (version < current) {
    const step = migrations.find((m) => m.from === version)
    if (!step || step.to <= version) {
      throw new MigrationError(
        `report version ${from} is not supported (this lab reads versions ${OLDEST_READABLE_VERSION} to ${current})`,
      )
    }
    // The step's own version field is not trusted: the chain must always move forward.
    migrated = { ...step.migrate(migrated), version: step.to }
    steps.push(`v${step.from} → v${step.to}: ${step.describe}`)
    version = step.to
  }
  return { value: migrated, migratedFrom: from, steps }
}
