/**
 * The shell's IPC with Electron stubbed (vi.mock('electron')): the channel allow-list, the sender
 * check, the ready queue, and the real preload object talking through it to a real LabService.
 */
import { describe, expect, it, vi } from 'vitest'
import { LAB_API_METHODS, type SuiteEvent } from '../../src-shared/api'
import { IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, ipcCallChannel } from '../../src-shared/protocol'
import { createPreloadApi } from '../../src-preload/api'
import { registerIpc } from '../../src-main/app/ipc'
import { makeReport } from '../fixtures/report-fixture'
import { onCleanup } from '../helpers/cleanup'
import { NODE_RUNTIMES, newLabService, tinySuite } from '../helpers/lab'
import { FakeContents, FakeFrameSender, FakeIpcMain, fakeIpcRenderer, fakeWindow } from './electron-fakes'

const electron = vi.hoisted(() => ({ ipcMain: undefined as unknown }))
vi.mock('electron', () => ({
  get ipcMain() {
    return electron.ipcMain
  },
}))

async function setup() {
  const ipcMain = new FakeIpcMain()
  electron.ipcMain = ipcMain
  const service = await newLabService()
  const contents = new FakeContents(1)
  const bridge = onCleanup(registerIpc(service, fakeWindow(contents), null), (b) => b.dispose())
  return { ipcMain, service, contents, bridge, ours: new FakeFrameSender(contents) }
}

describe('shell IPC', () => {
  it('registers exactly the allow-listed channels: one per LabApi method, plus ready', async () => {
    const { ipcMain, bridge } = await setup()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(LAB_API_METHODS.map(ipcCallChannel).sort())
    expect([...ipcMain.listeners.keys()]).toEqual([IPC_READY_CHANNEL])
    await expect(ipcMain.invoke(new FakeFrameSender(new FakeContents(1)), 'lab:call:openExternal')).rejects.toThrow(/No handler/)

    bridge.dispose()
    expect(ipcMain.handlers.size).toBe(0)
    expect(ipcMain.listeners.get(IPC_READY_CHANNEL)?.size).toBe(0)
  })

  it('answers our window and refuses other windows, frames and pages', async () => {
    const { ipcMain, contents, ours } = await setup()
    const channel = ipcCallChannel('getRuntimes')
    expect(await ipcMain.invoke(ours, channel)).toEqual({ ok: true, value: NODE_RUNTIMES })

    const refused = { ok: false, message: expect.stringMatching(/Refused/) }
    const otherWindow = new FakeContents(2)
    expect(await ipcMain.invoke(new FakeFrameSender(otherWindow), channel)).toEqual(refused)
    const iframe = { ...contents.mainFrame, routingId: 7 }
    expect(await ipcMain.invoke(new FakeFrameSender(contents, iframe), channel)).toEqual(refused)
    const navigatedAway = { ...contents.mainFrame, url: 'https://evil.example/' }
    expect(await ipcMain.invoke(new FakeFrameSender(contents, navigatedAway), channel)).toEqual(refused)
    expect(await ipcMain.invoke(new FakeFrameSender(contents, null), channel)).toEqual(refused)
    contents.destroyed = true
    expect(await ipcMain.invoke(ours, channel)).toEqual(refused)
  })

  it('validates arguments like every other door', async () => {
    const { ipcMain, ours } = await setup()
    expect(await ipcMain.invoke(ours, ipcCallChannel('openHistory'), 42)).toMatchObject({ ok: false, message: /Bad arguments for openHistory/ })
    expect(await ipcMain.invoke(ours, ipcCallChannel('enqueueSuite'), [{ workload: { workload: 'prime' }, runtimes: ['thread'], repeat: -1 }])).toMatchObject({
      ok: true,
      value: { ok: false, message: /repeat/ },
    })
  })

  it('queues events until our renderer says it is ready, and again after the page reloads', async () => {
    const { ipcMain, contents, ours, service } = await setup()
    const kinds = () => contents.sent.map((m) => (m.payload as SuiteEvent).event.type)
    await service.enqueueSuite(tinySuite('main'))
    await service.idle()
    expect(contents.sent).toEqual([])

    ipcMain.send(new FakeFrameSender(new FakeContents(9)), IPC_READY_CHANNEL)
    expect(contents.sent).toEqual([])
    ipcMain.send(ours, IPC_READY_CHANNEL)
    expect(contents.sent.every((m) => m.channel === IPC_EVENT_CHANNEL)).toBe(true)
    expect(kinds()[0]).toBe('suite-started')
    expect(kinds().at(-1)).toBe('suite-finished')
    const flushed = contents.sent.length

    contents.emit('did-navigate', {})
    await service.enqueueSuite(tinySuite('main'))
    await service.idle()
    expect(contents.sent).toHaveLength(flushed)
    ipcMain.send(ours, IPC_READY_CHANNEL)
    expect(contents.sent.length).toBeGreaterThan(flushed)
    expect(kinds().at(-1)).toBe('suite-finished')
  })

  it('carries LabApi end to end: preload object -> IPC -> LabService, events back to the page', async () => {
    const { ipcMain, ours } = await setup()
    const api = createPreloadApi(fakeIpcRenderer(ipcMain, ours))
    const events: SuiteEvent[] = []
    const finished = new Promise<void>((resolve) =>
      api.onSuiteEvent((event) => {
        events.push(event)
        if (event.event.type === 'suite-finished') resolve()
      }),
    )
    expect(await api.getRuntimes()).toEqual(NODE_RUNTIMES)
    const queued = await api.enqueueSuite(tinySuite('thread'))
    if (!queued.ok) throw new Error(queued.message)
    await finished
    expect(events[0]).toMatchObject({ suiteId: queued.value.suiteId, event: { type: 'suite-started' } })
    expect(await api.listHistory()).toHaveLength(1)
    await expect(api.renameHistory('x', '')).rejects.toThrow(/Bad arguments for renameHistory/)
    const compared = await api.compareReports([makeReport({ label: 'a' }), makeReport({ label: 'b' })], { index: 1 })
    expect(compared).toMatchObject({ ok: true, value: { baselineIndex: 1, mismatches: [] } })
    await expect(api.compareReports([makeReport(), { not: 'a report' } as never])).rejects.toThrow(/Bad arguments for compareReports/)
  })
})
