// Timestamps for writes. Runs in plain Node.
import type { CoreContext } from './core-context';

/**
 * The time to stamp on a write: now, but always after the previous stamp, so two saves within one
 * millisecond still give different updatedAt values and conflict checks keep working.
 */
export function nextStamp(ctx: Pick<CoreContext, 'now'>, previous?: string): string {
  const now = ctx.now().getTime();
  const after = previous ? Date.parse(previous) + 1 : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now, after)).toISOString();
}
