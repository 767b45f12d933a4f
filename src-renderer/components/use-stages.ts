/**
 * A large component drawn over several tasks rather than one (issue 13: no task over 50 ms):
 * its first part at once, the rest (`v-if="stage >= k"`) in the tasks after, so the browser
 * paints and handles input in between.
 */
import { onBeforeUnmount, onMounted, type Ref, ref } from 'vue'
import { nextTask } from '../next-task'

/** A counter that goes from 0 to `count`, one step per task after the component mounts. */
export function useStages(count: number): Readonly<Ref<number>> {
  const stage = ref(0)
  let mounted = true
  onMounted(async () => {
    for (let step = 1; step <= count; step++) {
      await nextTask()
      if (!mounted) return
      stage.value = step
    }
  })
  onBeforeUnmount(() => {
    mounted = false
  })
  return stage
}
