/**
 * Linux: on battery or not, from /sys/class/power_supply (Documentation/ABI/testing/
 * sysfs-class-power). A battery's own status wins when it reports one; otherwise the adapters'
 * `online` flags decide. Peripherals' batteries (scope "Device": a mouse, a headset) are left out.
 */
import { message } from '../../../src-shared/engine-message'
import { type Power, type Probed, unknownBecause } from '../../../src-shared/machine-state'
import { type SysfsReader, parseCount } from './sysfs-reader'

const SUPPLIES = 'sys/class/power_supply'
/** A system with more supplies than this is not a computer we know; read the first ones. */
const MAX_SUPPLIES = 32

interface Supply {
  type: string | null
  online: string | null
  status: string | null
  scope: string | null
  capacity: number | null
}

async function readSupply(fs: SysfsReader, name: string): Promise<Supply> {
  const at = (file: string) => fs.read(`${SUPPLIES}/${name}/${file}`)
  const [type, online, status, scope, capacity] = await Promise.all([at('type'), at('online'), at('status'), at('scope'), at('capacity')])
  return { type, online, status, scope, capacity: parseCount(capacity) }
}

/** Battery states that say where the power comes from; "Unknown" says nothing. */
const DISCHARGING = 'Discharging'
const ON_MAINS = new Set(['Charging', 'Full', 'Not charging'])

export async function readPower(fs: SysfsReader): Promise<Probed<Power>> {
  const names = await fs.list(SUPPLIES)
  if (names === null) return unknownBecause(message('powerSuppliesMissing', { path: SUPPLIES }))
  const supplies = await Promise.all(names.filter((n) => !n.startsWith('.')).slice(0, MAX_SUPPLIES).map((name) => readSupply(fs, name)))
  const batteries = supplies.filter((s) => s.type === 'Battery' && s.scope !== 'Device')
  // Mains, USB, USB_C, Wireless...: anything not a battery that says whether it is plugged in.
  const adapters = supplies.filter((s) => s.type !== 'Battery' && s.type !== null && s.online !== null)
  if (batteries.length === 0) return { value: { onBattery: false, batteryPresent: false } }
  const charge = batteries.find((b) => b.capacity !== null && b.capacity <= 100)?.capacity
  const percent = charge !== undefined && charge !== null ? { chargePercent: charge } : {}
  if (batteries.some((b) => b.status === DISCHARGING)) return { value: { onBattery: true, batteryPresent: true, ...percent } }
  if (batteries.some((b) => b.status !== null && ON_MAINS.has(b.status))) return { value: { onBattery: false, batteryPresent: true, ...percent } }
  if (adapters.length === 0) return unknownBecause(message('batteryNoStatus', { path: SUPPLIES }))
  return { value: { onBattery: !adapters.some((a) => a.online === '1'), batteryPresent: true, ...percent } }
}
