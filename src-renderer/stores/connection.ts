/**
 * The link to the engine, for the header: connected, reconnecting (attempt k of n), or offline
 * with a button to try again. After a reconnect the page lists the queue and the machine again,
 * since events sent while it was away are gone.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { type ConnectionState, reconnect, watchConnection } from '../api'
import { useRunsStore } from './runs'
import { useSettingsStore } from './settings'

export const useConnectionStore = defineStore('connection', () => {
  const state = ref<ConnectionState>({ kind: 'connecting' })
  let stop: (() => void) | null = null
  let wasOpen = false

  function start(): void {
    if (stop) return
    stop = watchConnection((next) => {
      const reopened = next.kind === 'open' && state.value.kind !== 'open' && wasOpen
      state.value = next
      if (next.kind === 'open') wasOpen = true
      if (reopened) {
        void useRunsStore().sync().catch(() => undefined)
        void useSettingsStore().load()
      }
    })
  }

  return { state, start, retry: reconnect }
})
