/** Where the CLI's history lives by default, per platform, and the override. */
import { describe, expect, it } from 'vitest'
import { defaultHistoryDir } from '../../../src-main/engine/report/history-dir'

describe('defaultHistoryDir', () => {
  it('follows XDG on Linux, with ~/.local/share as the fallback', () => {
    expect(defaultHistoryDir({}, 'linux', '/home/ann')).toBe('/home/ann/.local/share/concurrency-lab/history')
    expect(defaultHistoryDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/ann')).toBe('/data/concurrency-lab/history')
    // The XDG spec: a relative value is invalid and ignored.
    expect(defaultHistoryDir({ XDG_DATA_HOME: 'rel' }, 'freebsd', '/home/ann')).toBe('/home/ann/.local/share/concurrency-lab/history')
  })

  it('uses Application Support on macOS and %APPDATA% on Windows', () => {
    expect(defaultHistoryDir({}, 'darwin', '/Users/ann')).toBe('/Users/ann/Library/Application Support/concurrency-lab/history')
    expect(defaultHistoryDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Roaming\\concurrency-lab\\history')
    expect(defaultHistoryDir({}, 'win32', 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Roaming\\concurrency-lab\\history')
  })

  it('lets CONLAB_HISTORY_DIR win everywhere, made absolute', () => {
    expect(defaultHistoryDir({ CONLAB_HISTORY_DIR: '/tmp/h', XDG_DATA_HOME: '/data' }, 'linux', '/home/ann')).toBe('/tmp/h')
    expect(defaultHistoryDir({ CONLAB_HISTORY_DIR: 'rel/h' }, 'darwin', '/Users/ann')).toBe(`${process.cwd()}/rel/h`)
    expect(defaultHistoryDir({ CONLAB_HISTORY_DIR: '  ' }, 'darwin', '/Users/ann')).toMatch(/Application Support/)
  })
})
