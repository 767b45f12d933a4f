/**
 * Where the CLI keeps its run history when nobody says otherwise. The desktop app passes its own
 * `userData` folder instead. Follows each platform's convention for application data:
 * - CONLAB_HISTORY_DIR, when set, wins everywhere;
 * - Linux and other Unixes: $XDG_DATA_HOME/concurrency-lab/history, else ~/.local/share/concurrency-lab/history;
 * - macOS: ~/Library/Application Support/concurrency-lab/history;
 * - Windows: %APPDATA%\concurrency-lab\history.
 */
import { homedir } from 'node:os'
import { isAbsolute, join, resolve, win32 } from 'node:path'

export const APP_DIR_NAME = 'concurrency-lab'

export function defaultHistoryDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env['CONLAB_HISTORY_DIR']
  if (override && override.trim() !== '') return resolve(override)
  if (platform === 'win32') {
    const appData = env['APPDATA'] || win32.join(home, 'AppData', 'Roaming')
    return win32.join(appData, APP_DIR_NAME, 'history')
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME, 'history')
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env['XDG_DATA_HOME']
  const dataHome = xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'share')
  return join(dataHome, APP_DIR_NAME, 'history')
}
