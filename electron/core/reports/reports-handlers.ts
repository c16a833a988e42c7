// The reports and Today channels: glue between parsed input and the services; all read-only on the
// database (today:left writes today.json in the data folder only). Runs in plain Node, called only through dispatch.
import type { ReportsChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { buildReport } from './reports-service';
import { readLastLeftToday, writeLastLeftToday } from './today-record';
import { buildToday } from './today-service';

export const reportsHandlers: HandlerGroup<ReportsChannel> = {
  'reports:get': (query, ctx) => ctx.db.transaction(() => buildReport(ctx.db, query, ctx.now()))(),
  'today:get': (query, ctx) => ctx.db.transaction(() => buildToday(ctx.db, readLastLeftToday(ctx.dataDir), query, ctx.now()))(),
  'today:left': (_input, ctx) => {
    const lastLeftAt = ctx.now().toISOString();
    writeLastLeftToday(ctx.dataDir, lastLeftAt);
    return { lastLeftAt };
  },
};
