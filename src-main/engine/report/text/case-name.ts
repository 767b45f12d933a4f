/**
 * A point's case (`cold-ready`, `naive`, `sigkill`, `thread-clone`) by the name the app gives it in
 * the reader's language. The ids are option values each experiment's own catalogue area names (the
 * run form's choices, `forms.options.<workload>.<field>.<id>`) or the charts' variant and mechanism
 * names; looked up there, so a new experiment's cases are named without a list kept here.
 */
import type { Locale } from '../../../../src-shared/i18n/locales'
import { CATALOGUES } from '../../../../src-shared/i18n/translate'

type Node = string | { readonly [key: string]: Node } | undefined

function child(node: Node, key: string): Node {
  return typeof node === 'object' ? node[key] : undefined
}

export function caseName(id: string, locale: Locale, workload?: string): string {
  const root: Node = CATALOGUES[locale]
  const options = workload === undefined ? undefined : child(child(root, 'options'), workload)
  if (typeof options === 'object') {
    for (const field of Object.values(options)) {
      const name = child(field, id)
      if (typeof name === 'string') return name
    }
  }
  const charts = child(root, 'charts')
  for (const group of ['variants', 'mechanisms']) {
    const name = child(child(charts, group), id)
    if (typeof name === 'string') return name
  }
  return id
}
