/** The chart palette of the OS theme (prefers-color-scheme), following it while the app runs. */
import { onBeforeUnmount, ref, type Ref } from 'vue'
import { type ChartPalette, DARK, LIGHT } from './palette'

export { type ChartPalette, runtimeColor, runtimeLook } from './palette'

const query = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)')

/** Follows the OS theme while the calling component lives. */
export function usePalette(): Ref<ChartPalette> {
  const media = query()
  const palette = ref<ChartPalette>(media?.matches ? DARK : LIGHT)
  const onChange = (event: MediaQueryListEvent) => (palette.value = event.matches ? DARK : LIGHT)
  media?.addEventListener('change', onChange)
  onBeforeUnmount(() => media?.removeEventListener('change', onChange))
  return palette
}
