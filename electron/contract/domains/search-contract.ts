// Search everything: roles, candidates, interviews and templates at once (the command palette, `hirebook search`).
// A spec per name in ./search-channels.ts, no more, no fewer (else a type error); handlers: core/search/search-handlers.ts.
import { SearchQuery, SearchResults } from '../search-schemas';
import type { DomainContract } from '../channel-spec';
import type { SearchChannel } from './search-channels';

export type { SearchChannel };

export const searchContract = {
  'search:everything': {
    input: SearchQuery,
    output: SearchResults,
    doc: 'Roles (title), candidates (name, e-mail, phone, tag, résumé text), interviews (candidate or role) and templates (name, job title, category) matching the text, at most `limit` per group; every word is a prefix and all must match.',
  },
} as const satisfies DomainContract<SearchChannel>;
