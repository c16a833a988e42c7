// The intake channels: résumé files, folders and saved e-mails into candidates (intake-service.ts), with
// progress events and cancel. Runs in plain Node via dispatch.
import type { IntakeChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { runIntake } from './intake-service';

export const intakeHandlers: HandlerGroup<IntakeChannel> = {
  'candidates:intake': (input, ctx) => runIntake(ctx, input),
  'candidates:intake-cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};
