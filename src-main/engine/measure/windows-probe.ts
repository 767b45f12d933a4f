/**
 * Windows: one PowerShell call reads Win32_Processor (NumberOfCores, NumberOfLogicalProcessors)
 * and Win32_Battery (BatteryStatus, EstimatedChargeRemaining) through CIM, as JSON; WMIC, which
 * newer Windows no longer ships, is not needed. A pure parser, tested on recorded outputs, not on
 * a real Windows machine here.
 */
import { z } from 'zod'
import { message } from '../../../src-shared/engine-message'
import { type Cores, type Power, type Probed, unknownBecause } from '../../../src-shared/machine-state'

export const POWERSHELL = 'powershell.exe'
const SCRIPT =
  '$p = @(Get-CimInstance -ClassName Win32_Processor | Select-Object NumberOfCores,NumberOfLogicalProcessors); ' +
  '$b = @(Get-CimInstance -ClassName Win32_Battery | Select-Object BatteryStatus,EstimatedChargeRemaining); ' +
  'ConvertTo-Json -Compress -InputObject @{ processors = $p; batteries = $b }'
export const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-Command', SCRIPT]

// ConvertTo-Json writes a one-element array as the element itself in some versions: take both.
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([z.array(item), item]).transform((x) => (Array.isArray(x) ? x : [x]))
const count = z.number().int().min(0).nullable().optional()
const CimSchema = z.object({
  processors: oneOrMany(z.object({ NumberOfCores: count, NumberOfLogicalProcessors: count })).nullable().optional(),
  batteries: oneOrMany(z.object({ BatteryStatus: count, EstimatedChargeRemaining: count })).nullable().optional(),
})
export type WindowsCim = z.infer<typeof CimSchema>

export function parseWindowsCim(stdout: string): WindowsCim | null {
  try {
    const parsed = CimSchema.safeParse(JSON.parse(stdout.trim()))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function windowsCores(cim: WindowsCim): Probed<Cores> {
  const processors = cim.processors ?? []
  // One entry per socket: add them up.
  const physical = processors.reduce((sum, p) => sum + (p.NumberOfCores ?? 0), 0)
  const logical = processors.reduce((sum, p) => sum + (p.NumberOfLogicalProcessors ?? 0), 0)
  if (physical < 1 || logical < 1) return unknownBecause(message('winNoCores'))
  return { value: { physical, logical, packages: processors.length, smt: logical > physical } }
}

/**
 * Win32_Battery.BatteryStatus (Microsoft's CIM documentation): 1 discharging, 4 low and 5
 * critical (both only said on battery); 2 "on AC", 3 fully charged, 6-9 charging, 11 partially
 * charged; 10 undefined.
 */
const ON_BATTERY = new Set([1, 4, 5])
const ON_AC = new Set([2, 3, 6, 7, 8, 9, 11])

export function windowsPower(cim: WindowsCim): Probed<Power> {
  const batteries = cim.batteries ?? []
  if (batteries.length === 0) return { value: { onBattery: false, batteryPresent: false } }
  const statuses = batteries.map((b) => b.BatteryStatus ?? 10)
  const charge = batteries[0]?.EstimatedChargeRemaining
  const percent = typeof charge === 'number' && charge <= 100 ? { chargePercent: charge } : {}
  if (statuses.some((s) => ON_BATTERY.has(s))) return { value: { onBattery: true, batteryPresent: true, ...percent } }
  if (statuses.some((s) => ON_AC.has(s))) return { value: { onBattery: false, batteryPresent: true, ...percent } }
  return unknownBecause(message('winBatteryUndefined', { statuses: statuses.join(', ') }))
}
