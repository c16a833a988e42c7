// Finding templates of both kinds: the owner's own (stored) and the built-in gallery. Used by
// templates:list and by search:everything. Runs inside the caller's transaction.
import type { TemplateSummary } from '../../contract';
import type { Db } from '../db/open-database';
import { searchTemplates } from './builtin-templates';
import { listOwnerTemplates } from './templates-repo';
import { builtinSummary, ownerSummary, ownerTemplateMatches } from './templates-rules';

/** The owner's matching templates first (newest first), then the gallery's best matches. */
export function findTemplates(db: Db, query: string): TemplateSummary[] {
  const owner = listOwnerTemplates(db).filter((t) => ownerTemplateMatches(t, query)).map(ownerSummary);
  return [...owner, ...searchTemplates(query).map(builtinSummary)];
}
