/**
 * Labels for settings: from the i18n messages when written there, else derived from the schema's
 * key ("chunksPerWorker" -> "Chunks per worker"), so a new option is never shown without a name.
 */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

type Translate = (key: string) => string
type Exists = (key: string) => boolean

export function makeLabeler(t: Translate, te: Exists) {
  const pick = (keys: string[], fallback: string) => {
    const found = keys.find((k) => te(k))
    return found ? t(found) : fallback
  }
  return {
    field: (group: string, key: string) => pick([`fields.${group}.${key}.label`, `fields.any.${key}.label`], humanize(key)),
    help: (group: string, key: string) => pick([`fields.${group}.${key}.help`, `fields.any.${key}.help`], ''),
    /** A run's recorded serialization (report.ts SERIALIZATIONS), named like the form's choice of it. */
    serialization: (value: string) => pick([`options.common.serialization.${value}`], value),
    /** The empty choice of an optional select without a default: the field's own words, else the form's. */
    unset: (group: string, key: string) => pick([`fields.${group}.${key}.unset`, 'form.unset'], ''),
    option: (group: string, key: string, option: string) => pick([`options.${group}.${key}.${option}`, `options.any.${key}.${option}`, `runtimes.${option}`], option),
  }
}
