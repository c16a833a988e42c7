// The app:info channel: which version runs, and where its data lives. Runs in plain Node via dispatch.
import { readUserVersion } from '../db/open-database';
import type { HandlerGroup } from '../handlers';

export const appHandlers: HandlerGroup<'app:info'> = {
  'app:info': (_input, ctx) => ({
    version: ctx.appVersion,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    schemaVersion: readUserVersion(ctx.db),
    runtime: ctx.runtime,
  }),
};
