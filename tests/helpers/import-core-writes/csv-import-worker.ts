// Test stand-in for the CSV import's writing thread (electron/core/csv/csv-import-worker.ts) when the core stores
// the batches itself (CoreWorkers.importWriter 'core'): that thread must never start, so this one fails the
// import at once if it does. Its planning thread, beside it, is the real one. Runs in a Node worker thread
// through tsx's require hook.
throw new Error('The writing thread started although the core stores the batches itself.');
