/**
 * `conlab claims [--only ID,...] [--list] [--json] [--out FILE] [--python PATH]`: settles the
 * tutorials' claims on this machine (issue 18). Finds the interpreters and cores, plans the suite
 * that tests the claims asked (planClaims), runs it exactly as `conlab run` does (progress on
 * stderr, Ctrl-C / SIGTERM cancel, report, history: suite-report.ts), decides the verdicts from
 * the report (decideClaims) and prints the verdict table. Exit codes are run's: a claim that
 * came out inconclusive or cannot-run still has its verdict (0); a failed run is 1; cancel 130.
 * `--out x.html` writes the handout in that format and the JSON report beside it (x.json).
 */
import { availableParallelism } from 'node:os'
import { extname, resolve } from 'node:path'
import type { Command } from 'commander'
import { CLAIM_IDS, type ClaimId, isClaimId } from '../../src-shared/claims/claim-ids'
import type { RunConfigInput } from '../../src-shared/config'
import { CodedError, messageText } from '../../src-shared/engine-message'
import { printable } from '../../src-shared/printable'
import { type PythonInterpreter, isPythonRuntime, isSupported } from '../../src-shared/python'
import { decideClaims, planClaims } from '../engine/claims'
import { discoverPythons, flagInterpreter } from '../engine/runtimes/python/discover'
import { formatClaimsTable } from '../engine/report/text/claims-section'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { claimsListText } from './claims-list'
import { checkRuntimesAvailable } from './out-target'
import { UsageError, parseList } from './parse-values'
import { type SuiteCommand, EXIT_OK, measureAndReport } from './suite-report'

/** `--out` extensions and the export each one is; json is the report itself. */
const OUT_FORMATS = { '.json': 'json', '.md': 'md', '.html': 'html', '.csv': 'csv', '.pdf': 'pdf' } as const

export interface ClaimsCommand extends Omit<SuiteCommand, 'formats'> {
  claims: ClaimId[]
  list: boolean
  /** `--python`, repeatable: the interpreters the CPython claims use. */
  python: string[]
}

export function parseClaimList(w: Wording = ENGLISH): (value: string) => ClaimId[] {
  return (value) => {
    const ids = CLAIM_IDS.join(', ')
    const list = parseList(value, '--only', w)
    if (list.length === 0) throw new UsageError(w.t('claims.cli.emptyOnly', { ids }))
    const unknown = list.find((id) => !isClaimId(id))
    if (unknown !== undefined) throw new UsageError(w.t('claims.cli.unknownClaim', { value: printable(unknown, 60), ids }))
    return [...new Set(list as ClaimId[])]
  }
}

/** `--out x.html`: the handout as x.html and the report as x.json; `.json`, `-` or nothing: the report alone. */
export function claimsOut(out: string | undefined, { t }: Wording = ENGLISH): Pick<SuiteCommand, 'out' | 'formats'> {
  if (out === undefined || out === '-' || out === '') return { out, formats: [] }
  const ext = extname(out).toLowerCase()
  if (!(ext in OUT_FORMATS)) throw new UsageError(t('claims.cli.badOut', { path: printable(out, 300), extensions: Object.keys(OUT_FORMATS).join(', ') }))
  const format = OUT_FORMATS[ext as keyof typeof OUT_FORMATS]
  if (format === 'json') return { out, formats: [] }
  return { out: `${resolve(out).slice(0, -ext.length)}.json`, formats: [format] }
}

async function interpreters(paths: readonly string[], { t }: Wording): Promise<PythonInterpreter[]> {
  if (paths.length === 0) return (await discoverPythons()).filter(isSupported)
  const found: PythonInterpreter[] = []
  for (const path of new Set(paths)) {
    try {
      found.push(await flagInterpreter(path))
    } catch (error) {
      if (error instanceof CodedError) throw new UsageError(messageText(t, error.engineMessage))
      throw error
    }
  }
  return found
}

/** `--python` given: the planned CPython runs use those interpreters, unless the plan named its own. */
function withPythons(configs: RunConfigInput[], paths: readonly string[]): RunConfigInput[] {
  const list = [...new Set(paths)]
  if (list.length === 0) return configs
  return configs.map((c) =>
    c.python !== undefined || c.pythons !== undefined || !(c.runtimes ?? []).some(isPythonRuntime) ? c : { ...c, ...(list.length === 1 ? { python: list[0]! } : { pythons: list }) },
  )
}

export async function executeClaims(command: ClaimsCommand, signal: AbortSignal, w: Wording = ENGLISH): Promise<number> {
  if (command.list) {
    process.stdout.write(`${claimsListText(w)}\n`)
    return EXIT_OK
  }
  const out = claimsOut(command.out, w)
  const pythons = await interpreters(command.python, w)
  const configs = withPythons(planClaims(command.claims, { cores: availableParallelism(), pythons }), command.python)
  checkRuntimesAvailable(configs.flatMap((c) => c.runtimes ?? []), w)
  if (!command.quiet) process.stderr.write(`${w.t('claims.cli.planned', { claims: command.claims.length, configs: configs.length })}\n`)
  const asked = command.claims
  return measureAndReport(configs, { ...command, ...out }, signal, w, {
    complete: (report) => ({ ...report, claims: decideClaims(report, asked) }),
    table: (report, words) => formatClaimsTable(report.claims ?? [], words),
  })
}

interface ClaimsFlags {
  only?: ClaimId[]
  list?: boolean
  json?: boolean
  out?: string
  quiet?: boolean
  label?: string
  includeHostname?: boolean
  history?: boolean
  python?: string[]
}

export function addClaimsCommand(program: Command, onExit: (code: number) => void, signal: () => AbortSignal | undefined, w: Wording = ENGLISH): Command {
  const { t } = w
  return program
    .command('claims')
    .description(t('claims.cli.description'))
    .option('--list', t('claims.cli.list'))
    .option('--only <ids>', t('claims.cli.only'), parseClaimList(w))
    .option('--json', t('claims.cli.json'))
    .option('--out <file>', t('claims.cli.out'))
    .option('--python <path>', t('claims.cli.python'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--quiet', t('cli.run.quiet'))
    .option('--label <name>', t('cli.run.label'))
    .option('--include-hostname', t('claims.cli.includeHostname'))
    .option('--no-history', t('cli.run.noHistory'))
    .exitOverride()
    .action(async (flags: ClaimsFlags) => {
      const command: ClaimsCommand = {
        claims: flags.only ?? [...CLAIM_IDS],
        list: flags.list === true,
        json: flags.json === true,
        out: flags.out,
        quiet: flags.quiet === true,
        label: flags.label,
        includeHostname: flags.includeHostname === true,
        history: flags.history !== false,
        python: flags.python ?? [],
      }
      onExit(await executeClaims(command, signal() ?? new AbortController().signal, w))
    })
}
