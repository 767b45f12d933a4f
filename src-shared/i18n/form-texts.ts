/**
 * The form texts (`fields.<workload>.<option>`, `options.<workload>.<option>`) of every workload
 * whose area file keeps its own: assembled here once from one language's area record, so en.ts
 * and zh-CN.ts name each area once and cannot assemble them differently. The result keeps the
 * record's types: English's shape is still what `Messages` is made of, and zh-CN's is checked
 * against it.
 */

interface FormArea {
  fields: object
  options: object
}

/** One language's areas, by the names their files export. */
export interface FormAreas {
  forms: FormArea
  hazards: FormArea
  locks: FormArea & { options: { waits: unknown } }
  primitives: FormArea
  sharedVsMessages: FormArea
  crash: FormArea
  starvation: Pick<FormArea, 'fields'>
  priority: FormArea
  poolReuse: FormArea
  lockReentry: Pick<FormArea, 'fields'>
  daemon: FormArea
}

// Property access on a generic record reads as its constraint (`object`): the casts keep each
// language's own types, which `Messages` is made of (English) and checked against (zh-CN).
export function formTexts<A extends FormAreas>(a: A) {
  return {
    fields: {
      ...(a.forms.fields as A['forms']['fields']),
      ...(a.hazards.fields as A['hazards']['fields']),
      locks: a.locks.fields as A['locks']['fields'],
      primitives: a.primitives.fields as A['primitives']['fields'],
      'shared-vs-messages': a.sharedVsMessages.fields as A['sharedVsMessages']['fields'],
      'crash-isolation': a.crash.fields as A['crash']['fields'],
      starvation: a.starvation.fields as A['starvation']['fields'],
      'priority-inversion': a.priority.fields as A['priority']['fields'],
      'pool-reuse': a.poolReuse.fields as A['poolReuse']['fields'],
      'lock-reentry': a.lockReentry.fields as A['lockReentry']['fields'],
      daemon: a.daemon.fields as A['daemon']['fields'],
    },
    options: {
      ...(a.forms.options as A['forms']['options']),
      ...(a.hazards.options as A['hazards']['options']),
      locks: a.locks.options as A['locks']['options'],
      primitives: a.primitives.options as A['primitives']['options'],
      'shared-vs-messages': a.sharedVsMessages.options as A['sharedVsMessages']['options'],
      'crash-isolation': a.crash.options as A['crash']['options'],
      starvation: { wait: a.locks.options.waits as A['locks']['options']['waits'] },
      'priority-inversion': a.priority.options as A['priority']['options'],
      'pool-reuse': a.poolReuse.options as A['poolReuse']['options'],
      daemon: a.daemon.options as A['daemon']['options'],
    },
  }
}
