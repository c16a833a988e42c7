// The export-everything channels: run an export into a folder the owner chose (progress events), and
// cancel it. Runs in plain Node via dispatch.
import type { ExportAllChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { exportAll } from './export-all-service';

export const exportAllHandlers: HandlerGroup<ExportAllChannel> = {
  'data:export-all': (input, ctx) => exportAll(ctx, input),
  'data:export-all-cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};
