/** Parses `conlab run` flags the way the CLI does, without running anything or printing. */
import { type RunCommand, createProgram } from '../../src-main/cli/program'

export async function parseRun(args: string[]): Promise<RunCommand> {
  let captured: RunCommand | undefined
  const program = createProgram(async (command) => {
    captured = command
  })
  program.configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
  for (const command of program.commands) command.configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
  await program.parseAsync(['run', ...args], { from: 'user' })
  return captured!
}
