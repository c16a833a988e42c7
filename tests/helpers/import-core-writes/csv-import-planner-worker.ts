// The real CSV import planning thread (electron/core/csv/csv-import-planner-worker.ts), found beside the
// stand-in writing thread of this folder (csv-import-worker.ts), as the core finds it beside the real one.
// Runs in a Node worker thread through tsx's require hook.
import '../../../electron/core/csv/csv-import-planner-worker';
