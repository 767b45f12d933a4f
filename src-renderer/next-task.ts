/**
 * Work split over tasks: the browser paints and handles input between them, so no single task
 * blocks the page for long (issue 13: none over 50 ms; `npm run bench:ui` measures it). Kept
 * free of imports: the start-up script (main.ts) uses it before Vue is loaded.
 */

/** Resolves in a later task (a timer), not in the current one's microtasks. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
