// The search channel: glue between parsed input and the search service, read in one snapshot. Runs in
// plain Node, called only through dispatch.
import type { SearchChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { searchEverything } from './search-service';

export const searchHandlers: HandlerGroup<SearchChannel> = {
  // A deferred transaction takes no write lock: every group is read from the same moment.
  'search:everything': (query, ctx) => ctx.db.transaction(() => searchEverything(ctx.db, query))(),
};
