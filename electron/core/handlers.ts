// The handler map: one function per contract channel, joined from the domains' handler groups (one per
// contract domain, electron/contract/domains/). The mapped types make a missing or extra handler a
// compile error. Runs in plain Node.
import type { Channel, OnlyKeys, Output, ParsedInput } from '../contract';
import type { CoreContext } from './core-context';
import { appHandlers } from './app/app-handlers';
import { attachmentsHandlers } from './attachments/attachments-handlers';
import { candidatesHandlers } from './candidates/candidates-handlers';
import { applicationsHandlers } from './applications/applications-handlers';
import { rejectionReasonsHandlers } from './applications/rejection-reasons-handlers';
import { csvHandlers } from './csv/csv-handlers';
import { pipelineHandlers } from './pipeline/pipeline-handlers';
import { companyHandlers } from './company/company-handlers';
import { descriptionsHandlers } from './descriptions/descriptions-handlers';
import { interviewsHandlers } from './interviews/interviews-handlers';
import { kitsHandlers } from './interviews/kits-handlers';
import { scorecardsHandlers } from './interviews/scorecards-handlers';
import { revisionsHandlers } from './descriptions/revisions-handlers';
import { jdHandlers } from './job-descriptions/jd-handlers';
import { postingsHandlers } from './postings/postings-handlers';
import { rolesHandlers } from './roles/roles-handlers';
import { sampleHandlers } from './sample/sample-handlers';
import { templatesHandlers } from './templates/templates-handlers';
import { exportAllHandlers } from './export-all/export-all-handlers';
import { dataHandlers } from './data-health/data-handlers';
import { backupHandlers } from './backup/backup-handlers';
import { intakeHandlers } from './intake/intake-handlers';
import { reportsHandlers } from './reports/reports-handlers';
import { retentionHandlers } from './retention/retention-handlers';
import { messagesHandlers } from './messages/messages-handlers';
import { offersHandlers } from './offers/offers-handlers';
import { searchHandlers } from './search/search-handlers';

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: CoreContext,
) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/**
 * A slice of the map for one domain, typed with the domain's channel-name type from the contract
 * (`HandlerGroup<RolesChannel>`): a channel of the domain without a handler, or a handler for a name
 * the domain does not list, is a compile error.
 */
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };

export function createHandlers(): Handlers {
  const handlers = {
    ...appHandlers,
    ...companyHandlers,
    ...rolesHandlers,
    ...sampleHandlers,
    ...descriptionsHandlers,
    ...revisionsHandlers,
    ...templatesHandlers,
    ...jdHandlers,
    ...postingsHandlers,
    ...candidatesHandlers,
    ...attachmentsHandlers,
    ...pipelineHandlers,
    ...applicationsHandlers,
    ...rejectionReasonsHandlers,
    ...csvHandlers,
    ...interviewsHandlers,
    ...kitsHandlers,
    ...scorecardsHandlers,
    ...exportAllHandlers,
    ...dataHandlers,
    ...backupHandlers,
    ...intakeHandlers,
    ...reportsHandlers,
    ...retentionHandlers,
    ...messagesHandlers,
    ...offersHandlers,
    ...searchHandlers,
  } satisfies Handlers;
  // `satisfies` catches a channel without a handler; spreads escape its excess-property check, so this
  // catches a key that is no channel (a group not typed as a HandlerGroup).
  const _noExtraHandler: OnlyKeys<typeof handlers, Channel> = true;
  return handlers;
}
