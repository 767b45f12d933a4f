/**
 * Entry of the `conlab` command (bin/conlab.js loads the built copy). The signal handlers come
 * first; the command line itself (cli-main.ts, with every dependency) is loaded only after, as a
 * separate chunk, so that a Ctrl-C while it loads still ends the process cleanly.
 */
import enCli from '../../src-shared/i18n/en-cli'
import zhCNCli from '../../src-shared/i18n/zh-CN-cli'
import { chooseLocale } from './cli-locale'
import { applyCpus, watchParent } from './cpus-reexec'
import { installEarlySignals } from './early-signals'

// The cli catalogues and the locale choice are plain data with no imports of their own: cheap
// enough to load before the handlers, so even this first line is in the user's language.
const CLI_TEXTS = { en: enCli, 'zh-CN': zhCNCli } as const
const texts = CLI_TEXTS[chooseLocale(process.argv.slice(2), process.env).locale]

// `--cpus N` on Linux: this process only waits for a copy of the lab restricted to N cores.
const cpus = applyCpus(process.argv.slice(2), texts.cpus)
if (cpus.kind === 'usage-error') {
  process.stderr.write(`conlab: ${cpus.message}\n${texts.usage.seeHelp}\n`)
  process.exitCode = 2
} else if (cpus.kind === 're-executed') {
  void cpus.exitCode.then((code) => {
    process.exitCode = code
  })
} else {
  watchParent()
  const signals = installEarlySignals(texts.run.cancelledBeforeAnything)
  // Windows `--cpus N`: the CLI (and so every worker) loads only once this process is restricted.
  const ready = cpus.kind === 'restricting' ? cpus.done : Promise.resolve({ kind: 'restricted' as const, cpus: [] })
  void ready.then((outcome) => {
    if (outcome.kind === 'refused') {
      process.stderr.write(`conlab: ${outcome.message}\n`)
      process.exitCode = 2
      return
    }
    import('./cli-main').then(
      ({ start }) => start(signals),
      (error: unknown) => {
        process.stderr.write(`${texts.run.loadFailed.replace('{message}', error instanceof Error ? error.message : String(error))}\n`)
        process.exitCode = 1
      },
    )
  })
}
