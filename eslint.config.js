// ESLint flat config: typescript-eslint's recommended rules, plus the doors between the rooms
// (architecture.md): shared contracts import nothing of Node or Electron; only the shell and the
// preload import `electron`.
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'net']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'test-artifacts/**', '**/*.vue'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src-main/app and src-preload may import electron (type-only imports are fine).', allowTypeImports: true }] }],
    },
  },
  {
    files: ['src-main/app/**', 'src-preload/**'],
    rules: { 'no-restricted-imports': 'off' },
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
