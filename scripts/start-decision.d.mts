// Types of start-decision.mjs for its tests (start.mjs runs it as plain JS).
export type ElectronState = { state: 'found'; path: string } | { state: 'missing' } | { state: 'download-failed'; error: string }
export interface Machine {
  nodeVersion: string
  platform: string
  env: Record<string, string | undefined>
  args: string[]
  electron: ElectronState
}
export type StartDecision = { kind: 'app'; electronPath: string } | { kind: 'download' } | { kind: 'cli'; loud: boolean; lines: string[] }
export declare const ELECTRON_MIN_NODE: string
export declare function nodeAtLeast(version: string, minimum: string): boolean
export declare function headlessReason(machine: Pick<Machine, 'args' | 'env' | 'platform'>): string | null
export declare function decideStart(machine: Machine): StartDecision
export declare function oneLine(text: string): string
