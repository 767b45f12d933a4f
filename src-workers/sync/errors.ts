/**
 * The one error the synchronisation library throws on purpose: a misuse a person may read about in
 * a result (issue 12: the display translates `code`, never the English `message`). Timeouts and
 * aborts are not errors: every blocking call returns them as an outcome string.
 */
export type SyncErrorCode =
  /** release (or Condition wait/notify) by a thread that does not hold the lock. */
  | 'not-owner'
  /** release of a lock that nobody holds. */
  | 'not-held'
  /** BoundedSemaphore released more often than acquired (Python: ValueError). */
  | 'over-release'
  /** JoinableQueue.taskDone called more often than items were put (Python: ValueError). */
  | 'task-done-too-often'
  /** a RecursiveMutex re-entered more than its counter can hold. */
  | 'recursion-overflow'

export class SyncError extends Error {
  override readonly name = 'SyncError'
  constructor(readonly code: SyncErrorCode, message: string) {
    super(message)
  }
}
