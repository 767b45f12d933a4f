import { describe, expect, it } from 'vitest'
import { unpackedPath } from '../../../src-main/engine/runtimes/worker-entries'

describe('unpackedPath', () => {
  it('points a bundle inside the asar archive at its unpacked copy', () => {
    expect(unpackedPath('/opt/Lab/resources/app.asar/out/main/chunks/entry-thread.js')).toBe('/opt/Lab/resources/app.asar.unpacked/out/main/chunks/entry-thread.js')
    expect(unpackedPath('C:\\Lab\\resources\\app.asar\\out\\main\\chunks\\entry.js')).toBe('C:\\Lab\\resources\\app.asar.unpacked\\out\\main\\chunks\\entry.js')
  })

  it('leaves a path outside any archive alone', () => {
    expect(unpackedPath('/work/lab/out/main/chunks/entry-thread.js')).toBe('/work/lab/out/main/chunks/entry-thread.js')
  })
})
