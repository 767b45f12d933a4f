// Types of after-pack.mjs for the tests that import it (the hook itself runs as plain JS under electron-builder).
import type { FuseConfig } from '@electron/fuses'

export declare const LAB_FUSES: Readonly<Record<string, boolean>>
export interface FuseTarget {
  platform?: string
  /** electron-builder's Arch enum value. */
  arch?: number
}
export declare function labFuseConfig(target?: FuseTarget): FuseConfig
export declare function flipLabFuses(binaryPath: string, target?: FuseTarget): Promise<number>
export interface PackContext {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { executableName: string; appInfo: { productFilename: string } }
}
export declare function packagedBinaryPath(context: PackContext): string
export default function afterPack(context: PackContext): Promise<void>
