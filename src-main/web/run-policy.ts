/**
 * What a web-mode client may make the server do on disk and on the network. The CLI and the
 * desktop app act for the user at the keyboard and keep full freedom; a web client is whoever
 * holds the token, so by default its file I/O stays under the OS temp folder and its fetches stay
 * on this machine. `--allow-any-directory` / `--allow-remote-urls` (web entry flags) lift each
 * rule. Enforced here, at the web door, before a suite reaches the shared engine.
 */
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { stat, realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, sep } from 'node:path'
import type { LabApi } from '../../src-shared/api'
import type { RunConfig } from '../../src-shared/config'
import { type AdmitConfigs, type Admitted, parseSuite } from '../engine/suite-admission'

export interface WebRunPolicy {
  allowAnyDirectory: boolean
  allowRemoteUrls: boolean
}

export const STRICT_WEB_POLICY: WebRunPolicy = { allowAnyDirectory: false, allowRemoteUrls: false }

/** Every address a host name resolves to (dns.lookup with `all`), injectable for tests. */
export type ResolveHost = (hostname: string) => Promise<string[]>

export const systemResolve: ResolveHost = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address)

/** getaddrinfo has no timeout of its own; a refusal must never wait on a dead resolver. */
const RESOLVE_TIMEOUT_MS = 5000

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')
// IPv4-mapped IPv6 (::ffff:127.0.0.1) reaches 127.0.0.1 too.
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6')

export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return false
  return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** The directory's real path when it lies in the OS temp folder (itself included), else a refusal. */
export async function checkDirectory(directory: string): Promise<{ ok: true; realPath: string } | { ok: false; message: string }> {
  const refuse = (why: string) => ({
    ok: false as const,
    message: `In web mode file I/O may only use a folder under ${tmpdir()}; ${why}. Start the server with --allow-any-directory to allow any folder.`,
  })
  if (!isAbsolute(directory)) return refuse(`"${directory}" is not an absolute path`)
  // Real paths on both sides: `..` segments and symlinks (also /tmp -> /private/tmp on macOS) are
  // judged by where they really lead.
  const [realTemp, realDir] = await Promise.all([realpath(tmpdir()).catch(() => null), realpath(directory).catch(() => null)])
  if (realTemp === null) return refuse('the temp folder itself cannot be resolved')
  if (realDir === null) return refuse(`${directory} does not exist`)
  if (realDir !== realTemp && !realDir.startsWith(realTemp + sep)) return refuse(`${directory} leads to ${realDir}`)
  if (!(await stat(realDir).catch(() => null))?.isDirectory()) return refuse(`${directory} is not a folder`)
  return { ok: true, realPath: realDir }
}

/** Null when every address `url`'s host resolves to is loopback, else the refusal. */
export async function checkUrl(url: string, resolveHost: ResolveHost): Promise<string | null> {
  const refuse = (why: string) => `In web mode network fetch may only use a URL on this machine (a loopback address); ${why}. Start the server with --allow-remote-urls to allow any URL.`
  let hostname: string
  try {
    hostname = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1')
  } catch {
    return refuse('the URL cannot be read')
  }
  let addresses: string[]
  try {
    addresses = isIP(hostname) ? [hostname] : await withTimeout(resolveHost(hostname), RESOLVE_TIMEOUT_MS, `resolving ${hostname}`)
  } catch (error) {
    return refuse(`${hostname} could not be resolved (${error instanceof Error ? error.message : String(error)})`)
  }
  if (addresses.length === 0) return refuse(`${hostname} resolves to no address`)
  const remote = addresses.find((address) => !isLoopbackAddress(address))
  // A name is checked now and resolved again when fetched: the DNS answer could change in
  // between. Clients that must not reach the network at all should use IP literals or localhost.
  return remote === undefined ? null : refuse(`${hostname} resolves to ${remote}`)
}

/**
 * The interpreters a configuration names (`python`, `pythons`) that are not among those the lab
 * found itself. A path is a program the engine would start: a web client may only pick one of the
 * interpreters the lab discovered (the app's picker offers exactly those), never name another.
 */
export function unknownPythons(config: RunConfig, known: ReadonlySet<string>): string[] {
  const named = [...(config.python === undefined ? [] : [config.python]), ...(Array.isArray(config.pythons) ? config.pythons : [])]
  return named.filter((path) => !known.has(path))
}

/** The configs as the engine will run them (directories replaced by their checked real paths), or the first refusal. */
export async function applyRunPolicy(configs: RunConfig[], policy: WebRunPolicy, resolveHost: ResolveHost = systemResolve, knownPythons: ReadonlySet<string> = new Set()): Promise<Admitted> {
  const out: RunConfig[] = []
  for (const [index, config] of configs.entries()) {
    const run = `Run ${index + 1}`
    const unknown = unknownPythons(config, knownPythons)
    if (unknown.length > 0) {
      return { ok: false, message: `${run}: in web mode a run may only use an interpreter the lab found (see the machine panel); ${JSON.stringify(unknown[0])} is not one of them` }
    }
    const workload = config.workload
    if (workload.workload === 'file-io' && workload.directory !== undefined && !policy.allowAnyDirectory) {
      const checked = await checkDirectory(workload.directory)
      if (!checked.ok) return { ok: false, message: `${run}: ${checked.message}` }
      out.push({ ...config, workload: { ...workload, directory: checked.realPath } })
      continue
    }
    if (workload.workload === 'network-fetch' && workload.url !== undefined && !policy.allowRemoteUrls) {
      const refusal = await checkUrl(workload.url, resolveHost)
      if (refusal !== null) return { ok: false, message: `${run}: ${refusal}` }
    }
    out.push(config)
  }
  return { ok: true, configs: out }
}

/** A lab whose claims suite takes a front door's rule over its planned configs (LabService). */
export interface PolicedLab extends LabApi {
  enqueueClaims(claims: Parameters<LabApi['enqueueClaims']>[0], label?: string, admit?: AdmitConfigs): ReturnType<LabApi['enqueueClaims']>
}

/**
 * `api` with `enqueueSuite` checked against the policy first, and `enqueueClaims`' planned
 * configs too (a claim's plan could name a folder or a URL one day: the same rule holds); every
 * other method is `api`'s own. A Proxy rather than a hand-written copy of the interface, so a
 * method added to LabApi later passes through without another list to keep in step.
 */
export function withRunPolicy(api: PolicedLab, policy: WebRunPolicy, resolveHost: ResolveHost = systemResolve): LabApi {
  const admit: AdmitConfigs = async (configs) => {
    // Asked only when a config names an interpreter: discovery is cached by the service.
    const named = configs.some((c) => c.python !== undefined || Array.isArray(c.pythons))
    const known = named ? new Set(((await api.getMachine()).pythons ?? []).flatMap((p) => [p.executable, p.command])) : new Set<string>()
    return applyRunPolicy(configs, policy, resolveHost, known)
  }
  const enqueueSuite: LabApi['enqueueSuite'] = async (inputs, label) => {
    const parsed = parseSuite(inputs)
    if (!parsed.ok) return parsed
    const checked = await admit(parsed.configs)
    return checked.ok ? api.enqueueSuite(checked.configs, label) : checked
  }
  const enqueueClaims: LabApi['enqueueClaims'] = (claims, label) => api.enqueueClaims(claims, label, admit)
  return new Proxy(api, {
    get(target, property) {
      if (property === 'enqueueSuite') return enqueueSuite
      if (property === 'enqueueClaims') return enqueueClaims
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
}
