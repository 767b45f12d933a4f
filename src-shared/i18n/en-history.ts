/**
 * English texts of saved and imported results: empty charts, where a result comes from, the
 * History screen, importing.
 * Part of the root catalogue (en.ts), spread into it.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  /** What a chart with nothing to draw says, by why (src-renderer/components/empty-state.ts). */
  empty: {
    none: 'No measurements yet. Run the experiment, or open a report from History.',
    measuring: 'Measuring… points appear when each is complete.',
    failed: 'No figures: every run failed (see above).',
    failedBecause: 'No figures: every run failed. {reason}',
    'no-points': 'This run ended before its first point was complete: nothing to draw.',
    'not-in-result': 'These results have nothing for this chart.',
    'no-match': 'No point matches across the reports picked: they were measured with different settings (see “Not compared”).',
  },
  sources: {
    run: 'measured here',
    import: 'imported',
    history: 'from history',
  },
  history: {
    title: 'History',
    saved: 'Saved reports',
    intro: 'Reports saved by the engine. Open one to see its figures, or import a file someone sent you.',
    refresh: 'Refresh',
    empty: 'No saved reports yet.',
    open: 'Open',
    rename: 'Rename',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    confirmDelete: 'Really delete',
    newTitle: 'New title for {title}',
    corrupt: 'Unreadable: {problem}',
    runs: '{n} run(s)',
    aborted: 'includes aborted runs',
    inSession: 'Results in this window',
    remove: 'Remove',
    show: 'Show',
    compare: 'Compare',
  },
  import: {
    title: 'Import reports',
    drop: 'Drop report files here, or',
    choose: 'Choose files…',
    imported: 'Imported {name}.',
    failed: '{name}: {message}',
  },
}
