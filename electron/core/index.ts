// The core's public face for main, the CLI and test harnesses. Runs in plain Node.
export { createCore, DATABASE_FILE, type Core, type CoreOptions } from './create-core';
export { defaultDataDir, PRODUCT_NAME } from './data-dir';
export { CoreOpenError, DomainError, type OpenErrorCode } from './errors';
export type { CoreContext, CoreLogger } from './core-context';
export type { Handler, Handlers } from './handlers';
export { LATEST_SCHEMA_VERSION } from './db/migrations';
