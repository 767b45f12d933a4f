/**
 * What every export button does with the engine's answer: the desktop app has already saved the
 * file where the user chose; a browser downloads it. One place for the busy flag, the download
 * and the message, shared by the report's and the comparison's export buttons.
 */
import { ref } from 'vue'
import type { ExportedFile, Outcome } from '../../src-shared/api'

type Translate = (key: string, params: Record<string, string>) => string

function download(file: ExportedFile): void {
  const bytes = file.encoding === 'base64' ? Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0)) : file.data
  // Text says its encoding, so a browser opening the download shows Chinese as Chinese.
  const type = file.encoding === 'utf8' ? `${file.mimeType};charset=utf-8` : file.mimeType
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function useExportDelivery(t: Translate) {
  const message = ref<{ ok: boolean; text: string } | null>(null)
  const busy = ref(false)

  async function deliver(request: () => Promise<Outcome<ExportedFile>>): Promise<void> {
    busy.value = true
    message.value = null
    try {
      const outcome = await request()
      if (!outcome.ok) {
        message.value = { ok: false, text: outcome.message }
        return
      }
      const saved = outcome.value.savedPath
      if (saved === undefined) download(outcome.value)
      message.value = { ok: true, text: saved === undefined ? t('result.exported', { file: outcome.value.fileName }) : t('result.savedTo', { path: saved }) }
    } catch (error) {
      message.value = { ok: false, text: error instanceof Error ? error.message : String(error) }
    } finally {
      busy.value = false
    }
  }

  return { message, busy, deliver }
}
