/**
 * Fires after every local write, so the sync scheduler can push soon after. Its own module: the
 * shell listens to it without loading the record schemas of db/portfolio.ts.
 */
export const localWrites = new EventTarget();
