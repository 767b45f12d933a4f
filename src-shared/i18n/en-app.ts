/**
 * English texts of the app's frame: its name and banners, the web mode's link to the lab server,
 * the navigation.
 * Part of the root catalogue (en.ts), spread into it.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  app: {
    title: 'Concurrency Lab',
    tagline: 'Measure threads against processes on your own machine.',
    skip: 'Skip to content',
    /**
     * Every language under its own name, the same in every catalogue: the switch must read
     * 简体中文 to a reader of English even before the Chinese catalogue (its own chunk) is fetched.
     */
    languageNames: { en: 'English', 'zh-CN': '简体中文' },
    language: 'Language',
    engineError: 'The engine did not answer: {message}',
    restoredDropped: '{n} saved result(s) could not be read back and were left out.',
    storageFull: 'Browser storage is full: the oldest results will not survive a reload.',
  },
  /** The web mode's link to the lab server (src-renderer/api/ws-transport.ts). */
  connection: {
    noToken: 'No access token in the page address: open the URL the lab server printed',
    tooLargeRefused: 'The lab server refused a message as too large',
    closedBecause: 'The lab server closed the connection: {reason}',
    closed: 'The lab connection was closed',
    unreachable: 'Could not reach the lab server',
    lost: 'The connection to the lab server was lost',
    tooLargeToSend: 'Too large to send to the lab server: {size}, at most {max} for {method}',
    runFailed: 'Could not start the run: {message}. The lab server may have stopped; the page reconnects when it is back.',
    retrying: 'Reconnecting (attempt {k} of {n})…',
    reconnect: 'Reconnect',
    banner: 'No connection to the lab engine: {message}. Runs cannot start until it is back.',
    state: {
      connecting: 'Connecting…',
      open: 'Connected',
      retrying: 'Reconnecting…',
      offline: 'Disconnected',
    },
  },
  nav: {
    label: 'Experiments',
    history: 'History',
    compare: 'Compare',
  },
}
