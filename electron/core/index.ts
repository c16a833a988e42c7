// The core's public face for main, the CLI and test harnesses. Runs in plain Node.
//
// What a file's suffix promises, everywhere in electron/core (tests/unit/core-imports.test.ts checks the
// parts a program can: no runtime import cycle, SQL only in -repo files and db/, -rules files pure):
//   -rules     pure functions and constants: no SQL, no database, no file or process I/O; runs anywhere.
//   -repo      SQL: the only files that write SQL text (through db/statements.ts); rows in, rows out, no
//              decisions beyond the query; callers own the transaction.
//   -service   transaction-level operations (the one name for them; there is no -ops or -bulk): the
//              domain's writes and reads composed from repos and rules, run inside the caller's
//              transaction, e.g. applications/applications-service.ts is the whole application lifecycle.
//   -handlers  glue only: translate a channel's validated input into service/repo calls inside one
//              transaction, then report what changed (ctx.changed); no rules of their own.
// Infrastructure without a suffix (db/ with migrations, dispatch, clock, jobs.ts, files/, workers) and
// domain modules named for what they make (posting-html, csv-parse, interviews-ics …) are neither.
export { createCore, DATABASE_FILE, type Core, type CoreOptions } from './create-core';
export { defaultDataDir, PRODUCT_NAME } from './data-dir';
export { CoreOpenError, DomainError, type OpenErrorCode } from './errors';
export type { CoreContext, CoreLogger } from './core-context';
export type { Handler, Handlers } from './handlers';
export { LATEST_SCHEMA_VERSION } from './db/migrations';
