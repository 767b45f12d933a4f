/**
 * The lab's own version, recorded in every report. Imported as JSON (resolveJsonModule; vite and
 * vitest bundle it) rather than read from disk, so it holds wherever the bundle ends up: inside an
 * asar archive, an npm install or a test run, with no path to get wrong.
 */
import pkg from '../../../package.json'

export const LAB_VERSION: string = pkg.version
