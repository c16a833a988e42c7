// The data channels: the health report, a check on demand, and a salvage copy of whatever still reads.
// Runs in plain Node via dispatch.
import type { DataChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { salvageDataFile } from './salvage';

export const dataHandlers: HandlerGroup<DataChannel> = {
  'data:health': (_input, ctx) => ctx.health.report(),

  'data:check': ({ full }, ctx) => ctx.health.check(full ? 'full' : 'quick'),

  'data:salvage': ({ folder }, ctx) => {
    ctx.grants.checkFolder(folder, ['folder']);
    return salvageDataFile(ctx.databasePath, folder, ctx.now());
  },
};
