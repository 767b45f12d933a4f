/** Binary size units, shared by the option schemas and the one-line descriptions. */
export const KIB = 1024
export const MIB = 1024 * KIB
export const GIB = 1024 * MIB

/** Sizes as people read them in a one-line description (`256 KiB`). */
export function sizeText(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`
  if (bytes >= KIB && bytes % KIB === 0) return `${bytes / KIB} KiB`
  return `${bytes} B`
}
