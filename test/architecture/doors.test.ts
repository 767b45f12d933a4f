/**
 * The doors between the rooms, as eslint.config.js enforces them, shown failing: each case lints a
 * small text as if it were a file at that path, through the project's own ESLint config.
 */
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({ cwd: ROOT })

/** The no-restricted-imports messages ESLint gives `code` placed at `path` (relative to the root). */
async function doorErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {}\n`, { filePath: join(ROOT, path) })
  if (!result) throw new Error(`ESLint returned nothing for ${path}`)
  expect(result.messages.filter((m) => m.fatal)).toEqual([])
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('workers never import the engine', () => {
  it('fails on a src-workers -> src-main import, type-only ones too', async () => {
    const value = await doorErrors('src-workers/kernels/lint-fixture.ts', "import { cpuSnapshot } from '../../src-main/engine/measure/cpu'\nvoid cpuSnapshot")
    expect(value).toEqual([expect.stringMatching(/src-workers never imports src-main/)])
    const typeOnly = await doorErrors('src-workers/lint-fixture.ts', "import type { RuntimeDeps } from '../src-main/engine/executors'\nexport type D = RuntimeDeps")
    expect(typeOnly).toEqual([expect.stringMatching(/src-workers never imports src-main/)])
  })

  it('lets workers import src-shared and each other', async () => {
    expect(await doorErrors('src-workers/kernels/lint-fixture.ts', "import { assertNever } from '../../src-shared/protocol'\nimport { spin } from './busy'\nvoid assertNever, spin")).toEqual([])
  })
})

describe('front doors never import each other', () => {
  const door = /A front door .* never imports another/

  it.each([
    ['src-main/app/lint-fixture.ts', '../web/server'],
    ['src-main/app/lint-fixture.ts', '../cli/program'],
    ['src-main/cli/lint-fixture.ts', '../web/server'],
    ['src-main/cli/lint-fixture.ts', '../../src-main/app/ipc'],
    ['src-main/web/lint-fixture.ts', '../app/window'],
    ['src-main/web/nested/lint-fixture.ts', '../../cli/program'],
  ])('fails on %s importing %s', async (path, specifier) => {
    expect(await doorErrors(path, `import * as other from '${specifier}'\nvoid other`)).toEqual([expect.stringMatching(door)])
  })

  it('lets a door import the engine and the serving room', async () => {
    const code = "import { serveStatic } from '../serving/static-files'\nimport { LabService } from '../engine/lab-service'\nvoid serveStatic, LabService"
    expect(await doorErrors('src-main/app/lint-fixture.ts', code)).toEqual([])
    expect(await doorErrors('src-main/web/lint-fixture.ts', code)).toEqual([])
  })

  it('still keeps electron to the shell', async () => {
    expect(await doorErrors('src-main/app/lint-fixture.ts', "import { app } from 'electron'\nvoid app")).toEqual([])
    expect(await doorErrors('src-main/cli/lint-fixture.ts', "import { app } from 'electron'\nvoid app")).toEqual([expect.stringMatching(/Only src-main\/app and src-preload/)])
  })
})
