/** The renderer's WebSocket transport (src-renderer/api/ws-transport.ts) against the real server. */
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { SuiteEvent } from '../../src-shared/api'
import { createWsLabApi, socketUrlFromLocation, tokenFromLocation } from '../../src-renderer/api/ws-transport'
import { makeReport } from '../fixtures/report-fixture'
import { onCleanup } from '../helpers/cleanup'
import { NODE_RUNTIMES, tinySuite } from '../helpers/lab'
import { socketUrl, startTestServer } from '../helpers/web'

describe('ws transport', () => {
  it('reads the token and the socket address from the page location', () => {
    const location = { protocol: 'http:', host: '127.0.0.1:4567', pathname: '/abc_DEF-123/' }
    expect(tokenFromLocation(location)).toBe('abc_DEF-123')
    expect(socketUrlFromLocation(location)).toBe('ws://127.0.0.1:4567/abc_DEF-123/ws')
    expect(() => socketUrlFromLocation({ ...location, pathname: '/' })).toThrow(/token/)
  })

  it('implements LabApi over the socket: calls, errors and suite events', async () => {
    const server = await startTestServer()
    const api = onCleanup(
      createWsLabApi(socketUrl(server), (url) => new WebSocket(url)),
      (a) => a.close(),
    )
    const events: SuiteEvent[] = []
    const finished = new Promise<SuiteEvent>((resolve) =>
      api.onSuiteEvent((event) => {
        events.push(event)
        if (event.event.type === 'suite-finished') resolve(event)
      }),
    )

    expect(await api.getRuntimes()).toEqual(NODE_RUNTIMES)
    expect((await api.getMachine()).availableParallelism).toBeGreaterThan(0)
    // An omitted optional argument must not arrive as null (which the server would refuse).
    const queued = await api.enqueueSuite(tinySuite('main'))
    if (!queued.ok) throw new Error(queued.message)
    expect((await finished).suiteId).toBe(queued.value.suiteId)
    expect(events[0]!.event.type).toBe('suite-started')
    // Cancelling a finished suite changes nothing.
    await api.cancelSuite(queued.value.suiteId)
    expect(await api.listQueue()).toMatchObject([{ suiteId: queued.value.suiteId, state: 'completed' }])

    await expect(api.openHistory('')).rejects.toThrow(/Bad arguments for openHistory/)
    expect(await api.enqueueSuite([])).toMatchObject({ ok: false })
    // The comparison is built by the engine; an omitted baseline means the first report.
    const compared = await api.compareReports([makeReport({ label: 'a' }), makeReport({ label: 'b' })])
    expect(compared).toMatchObject({ ok: true, value: { baselineIndex: 0, machines: [{ label: 'a' }, { label: 'b' }] } })
    expect(await api.compareReports([makeReport({ label: 'a' }), makeReport({ label: 'b' })], { label: 'b' })).toMatchObject({ ok: true, value: { baselineIndex: 1 } })
  })

  it('fails pending and later calls once the server is gone', async () => {
    const server = await startTestServer()
    const api = onCleanup(
      createWsLabApi(socketUrl(server), (url) => new WebSocket(url)),
      (a) => a.close(),
    )
    expect(await api.listQueue()).toEqual([])
    await server.close()
    await expect(api.listQueue()).rejects.toThrow(/lab server/)
  })
})
