/**
 * One message for a failure every run shares: when every runtime of a suite failed for the same
 * reason (a missing folder, a timeout too short for any task), saying it once per runtime buries
 * the cause. Null when the runs failed differently, or did not all fail.
 */
export function sharedFailure(runs: readonly { status: string; error?: string | undefined }[]): string | null {
  const first = runs[0]
  if (!first || first.status !== 'failed' || first.error === undefined) return null
  return runs.every((r) => r.status === 'failed' && r.error === first.error) ? first.error : null
}
