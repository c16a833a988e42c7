// The handler map: one function per contract channel, joined from the domains' handler groups (one per
// contract domain, electron/contract/domains/). The mapped types make a missing or extra handler a
// compile error. Each group's module (and the libraries it uses: PDF, Word, HTML, CSV, zip, e-mail …) is
// loaded on the first request to one of its channels, so a core that only reads roles never loads the
// PDF reader; the bundles keep each group in its own chunk. Runs in plain Node.
import {
  APP_CHANNELS,
  COMPANY_CHANNELS,
  ROLES_CHANNELS,
  SAMPLE_CHANNELS,
  DESCRIPTIONS_CHANNELS,
  REVISIONS_CHANNELS,
  TEMPLATES_CHANNELS,
  JD_CHANNELS,
  POSTINGS_CHANNELS,
  CANDIDATES_CHANNELS,
  ATTACHMENTS_CHANNELS,
  PIPELINE_CHANNELS,
  APPLICATIONS_CHANNELS,
  REJECTION_REASONS_CHANNELS,
  CSV_CHANNELS,
  INTERVIEWS_CHANNELS,
  KITS_CHANNELS,
  SCORECARDS_CHANNELS,
  EXPORT_ALL_CHANNELS,
  DATA_CHANNELS,
  BACKUP_CHANNELS,
  INTAKE_CHANNELS,
  REPORTS_CHANNELS,
  RETENTION_CHANNELS,
  MESSAGES_CHANNELS,
  OFFERS_CHANNELS,
  SEARCH_CHANNELS,
  type Channel,
  type OnlyKeys,
  type Output,
  type ParsedInput,
} from '../contract';
import type { CoreContext } from './core-context';
import { ownModules } from './own-module';

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

type AnyHandler = (input: unknown, ctx: CoreContext) => unknown;

/**
 * A domain's group that loads its module on the first call to any of its channels; later calls go
 * straight to the loaded handler, in the same tick, as before. A failed load is tried again next time.
 */
/** Own modules on first use: import() in bundles and Vitest, require under a TypeScript require hook. */
const load = ownModules(__filename);

function lazyGroup<C extends Channel>(channels: readonly C[], load: () => Promise<HandlerGroup<C>>): HandlerGroup<C> {
  let group: HandlerGroup<C> | null = null;
  let loading: Promise<HandlerGroup<C>> | null = null;
  const loaded = (): Promise<HandlerGroup<C>> => {
    loading ??= load().then(
      (value) => (group = value),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const run = (value: HandlerGroup<C>, channel: C, input: unknown, ctx: CoreContext): unknown => (value[channel] as AnyHandler)(input, ctx);
  const entries = channels.map((channel): [C, AnyHandler] => [
    channel,
    (input, ctx) => (group ? run(group, channel, input, ctx) : loaded().then((value) => run(value, channel, input, ctx))),
  ]);
  return Object.fromEntries(entries) as unknown as HandlerGroup<C>;
}

export function createHandlers(): Handlers {
  const handlers = {
    ...lazyGroup(APP_CHANNELS, async () => (await load(() => import('./app/app-handlers'), './app/app-handlers')).appHandlers),
    ...lazyGroup(COMPANY_CHANNELS, async () => (await load(() => import('./company/company-handlers'), './company/company-handlers')).companyHandlers),
    ...lazyGroup(ROLES_CHANNELS, async () => (await load(() => import('./roles/roles-handlers'), './roles/roles-handlers')).rolesHandlers),
    ...lazyGroup(SAMPLE_CHANNELS, async () => (await load(() => import('./sample/sample-handlers'), './sample/sample-handlers')).sampleHandlers),
    ...lazyGroup(DESCRIPTIONS_CHANNELS, async () => (await load(() => import('./descriptions/descriptions-handlers'), './descriptions/descriptions-handlers')).descriptionsHandlers),
    ...lazyGroup(REVISIONS_CHANNELS, async () => (await load(() => import('./descriptions/revisions-handlers'), './descriptions/revisions-handlers')).revisionsHandlers),
    ...lazyGroup(TEMPLATES_CHANNELS, async () => (await load(() => import('./templates/templates-handlers'), './templates/templates-handlers')).templatesHandlers),
    ...lazyGroup(JD_CHANNELS, async () => (await load(() => import('./job-descriptions/jd-handlers'), './job-descriptions/jd-handlers')).jdHandlers),
    ...lazyGroup(POSTINGS_CHANNELS, async () => (await load(() => import('./postings/postings-handlers'), './postings/postings-handlers')).postingsHandlers),
    ...lazyGroup(CANDIDATES_CHANNELS, async () => (await load(() => import('./candidates/candidates-handlers'), './candidates/candidates-handlers')).candidatesHandlers),
    ...lazyGroup(ATTACHMENTS_CHANNELS, async () => (await load(() => import('./attachments/attachments-handlers'), './attachments/attachments-handlers')).attachmentsHandlers),
    ...lazyGroup(PIPELINE_CHANNELS, async () => (await load(() => import('./pipeline/pipeline-handlers'), './pipeline/pipeline-handlers')).pipelineHandlers),
    ...lazyGroup(APPLICATIONS_CHANNELS, async () => (await load(() => import('./applications/applications-handlers'), './applications/applications-handlers')).applicationsHandlers),
    ...lazyGroup(REJECTION_REASONS_CHANNELS, async () => (await load(() => import('./applications/rejection-reasons-handlers'), './applications/rejection-reasons-handlers')).rejectionReasonsHandlers),
    ...lazyGroup(CSV_CHANNELS, async () => (await load(() => import('./csv/csv-handlers'), './csv/csv-handlers')).csvHandlers),
    ...lazyGroup(INTERVIEWS_CHANNELS, async () => (await load(() => import('./interviews/interviews-handlers'), './interviews/interviews-handlers')).interviewsHandlers),
    ...lazyGroup(KITS_CHANNELS, async () => (await load(() => import('./interviews/kits-handlers'), './interviews/kits-handlers')).kitsHandlers),
    ...lazyGroup(SCORECARDS_CHANNELS, async () => (await load(() => import('./interviews/scorecards-handlers'), './interviews/scorecards-handlers')).scorecardsHandlers),
    ...lazyGroup(EXPORT_ALL_CHANNELS, async () => (await load(() => import('./export-all/export-all-handlers'), './export-all/export-all-handlers')).exportAllHandlers),
    ...lazyGroup(DATA_CHANNELS, async () => (await load(() => import('./data-health/data-handlers'), './data-health/data-handlers')).dataHandlers),
    ...lazyGroup(BACKUP_CHANNELS, async () => (await load(() => import('./backup/backup-handlers'), './backup/backup-handlers')).backupHandlers),
    ...lazyGroup(INTAKE_CHANNELS, async () => (await load(() => import('./intake/intake-handlers'), './intake/intake-handlers')).intakeHandlers),
    ...lazyGroup(REPORTS_CHANNELS, async () => (await load(() => import('./reports/reports-handlers'), './reports/reports-handlers')).reportsHandlers),
    ...lazyGroup(RETENTION_CHANNELS, async () => (await load(() => import('./retention/retention-handlers'), './retention/retention-handlers')).retentionHandlers),
    ...lazyGroup(MESSAGES_CHANNELS, async () => (await load(() => import('./messages/messages-handlers'), './messages/messages-handlers')).messagesHandlers),
    ...lazyGroup(OFFERS_CHANNELS, async () => (await load(() => import('./offers/offers-handlers'), './offers/offers-handlers')).offersHandlers),
    ...lazyGroup(SEARCH_CHANNELS, async () => (await load(() => import('./search/search-handlers'), './search/search-handlers')).searchHandlers),
  } satisfies Handlers;
  // `satisfies` catches a channel without a handler; spreads escape its excess-property check, so this
  // catches a key that is no channel (a group not typed as a HandlerGroup).
  const _noExtraHandler: OnlyKeys<typeof handlers, Channel> = true;
  return handlers;
}
