/**
 * Commander writes its own parse errors (unknown option, missing argument…) in English. In
 * another language they are reworded through the catalogue, recognised by the shape commander
 * gives them (commander/lib/command.js); a message of another shape passes through as it is.
 */
import type { Wording } from '../engine/report/text/wording'

type Rule = [RegExp, (match: RegExpExecArray, w: Wording) => string]

const RULES: Rule[] = [
  [/^error: unknown option '(.*)'/, (m, { t }) => t('cli.commander.unknownOption', { option: m[1]! })],
  [/^error: unknown command '(.*)'/, (m, { t }) => t('cli.commander.unknownCommand', { name: m[1]! })],
  [/^error: missing required argument '(.*)'/, (m, { t }) => t('cli.commander.missingArgument', { name: m[1]! })],
  [/^error: option '(.*)' argument missing/, (m, { t }) => t('cli.commander.optionMissingArgument', { option: m[1]! })],
  [/^error: required option '(.*)' not specified/, (m, { t }) => t('cli.commander.missingMandatoryOptionValue', { option: m[1]! })],
  [/^error: too many arguments/, (_m, { t }) => t('cli.commander.excessArguments')],
]

export function commanderMessage(text: string, w: Wording): string {
  const [first = '', ...rest] = text.split('\n')
  const suggestion = rest.map((line) => /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(line)).find((m) => m !== null)
  const rule = w.locale === 'en' ? undefined : RULES.map(([pattern, word]) => [pattern.exec(first), word] as const).find(([match]) => match !== null)
  if (w.locale !== 'en' && !rule) return text
  const worded = rule ? rule[1](rule[0]!, w) : first
  // One line per refusal: the suggestion joins the line it belongs to (bad input gets one line).
  return `${worded}${suggestion ? ` ${w.t('cli.commander.didYouMean', { names: suggestion[1]! })}` : ''}\n`
}
