/**
 * `npm run serve`: the lab in a browser. Starts the web server on 127.0.0.1, prints the URL
 * (with its secret token) on stdout, and on Ctrl-C cancels the running suite, waits for its
 * workers to exit and closes every connection before leaving. A second Ctrl-C leaves at once.
 */
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LabService } from '../engine/lab-service'
import { createReportPorts } from '../engine/lab-report-ports'
import { defaultHistoryDir } from '../engine/report/history-dir'
import { startWebServer } from './server'

const USAGE = `Usage: node out/main/web.js [--port <n>] [--history <dir>] [--allow-any-directory] [--allow-remote-urls]

  --port <n>              port on 127.0.0.1 (default: a free one chosen by the OS)
  --history <dir>         folder of saved reports (default: ${defaultHistoryDir()},
                          the CLI's; CONLAB_HISTORY_DIR overrides it)
  --allow-any-directory   let the page run file I/O in any folder (default: only under ${tmpdir()})
  --allow-remote-urls     let the page fetch any http(s) URL (default: only loopback addresses)

  CONLAB_WEB_TOKEN        the access token of the page address (default: a new random one each start)
`

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 0
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a whole number from 0 to 65535, not "${raw}"`)
  return port
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      history: { type: 'string' },
      'allow-any-directory': { type: 'boolean', default: false },
      'allow-remote-urls': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(USAGE)
    return
  }
  const port = parsePort(values.port)
  const rendererRoot = join(import.meta.dirname, '../renderer')
  if (!existsSync(join(rendererRoot, 'index.html'))) throw new Error(`No built renderer in ${rendererRoot}: run "npx electron-vite build" first`)
  const historyDir = resolve(values.history ?? defaultHistoryDir())

  const service = new LabService(createReportPorts(historyDir))
  const policy = { allowAnyDirectory: values['allow-any-directory'], allowRemoteUrls: values['allow-remote-urls'] }
  // CONLAB_WEB_TOKEN keeps the page address across a restart on the same --port, so open tabs
  // reconnect on their own (the end-to-end tests stop and restart the server this way).
  const token = process.env.CONLAB_WEB_TOKEN || undefined
  const server = await startWebServer({ rendererRoot, service, port, policy, ...(token ? { token } : {}) })
  const lifted = [policy.allowAnyDirectory && 'file I/O in any folder', policy.allowRemoteUrls && 'fetches from any URL'].filter(Boolean)
  const allowed = lifted.length > 0 ? `Allowed to the page: ${lifted.join(' and ')}.\n` : ''
  process.stdout.write(`Concurrency Lab is running at\n\n  ${server.url}\n\nReports are saved in ${historyDir}\n${allowed}Press Ctrl-C to stop.\n`)

  let stopping = false
  const stop = () => {
    if (stopping) process.exit(130)
    stopping = true
    process.stderr.write('\nStopping: cancelling the running suite and closing connections…\n')
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  process.exit(2)
})
