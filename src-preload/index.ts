/** The contextBridge API (filled in by the desktop-app work). */
import { contextBridge } from 'electron'

const api = {
  version: 1,
} as const

export type LabBridge = typeof api

contextBridge.exposeInMainWorld('api', api)
