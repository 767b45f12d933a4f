// ESLint flat config: typescript-eslint's recommended rules, plus the doors between the rooms
// (README.md, "Architecture"): shared contracts import nothing of Node or Electron; only the shell
// and the preload import `electron`; workers import nothing of the engine; a front door (CLI, web
// server, Electron shell) never imports another. Import cycles are checked by
// test/architecture/import-cycles.test.ts, and test/architecture/doors.test.ts shows each rule failing.
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'net']

const electronOnlyInShell = { name: 'electron', message: 'Only src-main/app and src-preload may import electron (type-only imports are fine).', allowTypeImports: true }

const workersStayOut = {
  // Any relative path that goes through src-main, type-only imports included.
  regex: '(^|/)src-main(/|$)',
  message: 'src-workers never imports src-main: move what both need to src-workers or src-shared.',
}

const FRONT_DOORS = ['cli', 'web', 'app']

/** From inside one door (src-main/<door>/...), a relative path into another door. */
const otherDoors = (door) => ({
  regex: `(^|/)(\\.\\.|src-main)/(${FRONT_DOORS.filter((d) => d !== door).join('|')})(/|$)`,
  message: 'A front door (src-main/cli, src-main/web, src-main/app) never imports another: move what they share to a room both may import (src-main/engine, src-main/serving).',
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'test-artifacts/**', '**/*.vue', 'test/architecture/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }],
    },
  },
  {
    files: ['src-preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-workers/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [workersStayOut] }] },
  },
  {
    files: ['src-main/cli/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [otherDoors('cli')] }] },
  },
  {
    files: ['src-main/web/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [otherDoors('web')] }] },
  },
  {
    // The shell is the one door that may import electron.
    files: ['src-main/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherDoors('app')] }] },
  },
  {
    files: ['src-shared/**', 'src-renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...nodeBuiltins, 'electron'], message: 'Contracts and the renderer run everywhere: no Node or Electron imports.' }] },
      ],
    },
  },
)
