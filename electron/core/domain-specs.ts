// The contract's specs, one domain at a time, for dispatch: a request is checked against its own domain's specs,
// loaded (and their schemas built) on the first request to that domain, so a core that answers app:info never
// builds the schemas of the other domains — most of a start's CPU time. api.ts joins the same domain files
// eagerly (the renderer's forms, the CLI's `rpc --list`, the tests): both hand out the same spec objects.
// A new domain is joined here too; the compiler points at a channel left out. Runs in plain Node.
import type { Channel } from '../contract/channels';
import type { ChannelSpec, DomainContract, OnlyKeys } from '../contract/channel-spec';
import { APP_CHANNELS } from '../contract/domains/app-channels';
import { COMPANY_CHANNELS } from '../contract/domains/company-channels';
import { ROLES_CHANNELS } from '../contract/domains/roles-channels';
import { SAMPLE_CHANNELS } from '../contract/domains/sample-channels';
import { DESCRIPTIONS_CHANNELS } from '../contract/domains/descriptions-channels';
import { REVISIONS_CHANNELS } from '../contract/domains/revisions-channels';
import { TEMPLATES_CHANNELS } from '../contract/domains/templates-channels';
import { JD_CHANNELS } from '../contract/domains/jd-channels';
import { POSTINGS_CHANNELS } from '../contract/domains/postings-channels';
import { CANDIDATES_CHANNELS } from '../contract/domains/candidates-channels';
import { ATTACHMENTS_CHANNELS } from '../contract/domains/attachments-channels';
import { PIPELINE_CHANNELS } from '../contract/domains/pipeline-channels';
import { APPLICATIONS_CHANNELS } from '../contract/domains/applications-channels';
import { REJECTION_REASONS_CHANNELS } from '../contract/domains/rejection-reasons-channels';
import { CSV_CHANNELS } from '../contract/domains/csv-channels';
import { INTERVIEWS_CHANNELS } from '../contract/domains/interviews-channels';
import { KITS_CHANNELS } from '../contract/domains/kits-channels';
import { SCORECARDS_CHANNELS } from '../contract/domains/scorecards-channels';
import { EXPORT_ALL_CHANNELS } from '../contract/domains/export-all-channels';
import { DATA_CHANNELS } from '../contract/domains/data-channels';
import { BACKUP_CHANNELS } from '../contract/domains/backup-channels';
import { INTAKE_CHANNELS } from '../contract/domains/intake-channels';
import { REPORTS_CHANNELS } from '../contract/domains/reports-channels';
import { RETENTION_CHANNELS } from '../contract/domains/retention-channels';
import { MESSAGES_CHANNELS } from '../contract/domains/messages-channels';
import { OFFERS_CHANNELS } from '../contract/domains/offers-channels';
import { SEARCH_CHANNELS } from '../contract/domains/search-channels';
import { ownModules } from './own-module';

const loaded = new Map<Channel, ChannelSpec>();

/** A domain's channels, each mapped to one shared loader of the domain's specs (tried again after a failure). */
/** Own modules on first use: import() in bundles and Vitest, require under a TypeScript require hook. */
const load = ownModules(__filename);

function domain<C extends Channel>(channels: readonly C[], load: () => Promise<DomainContract<C>>): { [K in C]: () => Promise<void> } {
  let loading: Promise<void> | null = null;
  const run = (): Promise<void> => {
    loading ??= load().then(
      (specs) => channels.forEach((channel) => loaded.set(channel, specs[channel])),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return Object.fromEntries(channels.map((channel) => [channel, run])) as { [K in C]: () => Promise<void> };
}

const LOADERS = {
  ...domain(APP_CHANNELS, async () => (await load(() => import('../contract/domains/app-contract'), '../contract/domains/app-contract')).appContract),
  ...domain(COMPANY_CHANNELS, async () => (await load(() => import('../contract/domains/company-contract'), '../contract/domains/company-contract')).companyContract),
  ...domain(ROLES_CHANNELS, async () => (await load(() => import('../contract/domains/roles-contract'), '../contract/domains/roles-contract')).rolesContract),
  ...domain(SAMPLE_CHANNELS, async () => (await load(() => import('../contract/domains/sample-contract'), '../contract/domains/sample-contract')).sampleContract),
  ...domain(DESCRIPTIONS_CHANNELS, async () => (await load(() => import('../contract/domains/descriptions-contract'), '../contract/domains/descriptions-contract')).descriptionsContract),
  ...domain(REVISIONS_CHANNELS, async () => (await load(() => import('../contract/domains/revisions-contract'), '../contract/domains/revisions-contract')).revisionsContract),
  ...domain(TEMPLATES_CHANNELS, async () => (await load(() => import('../contract/domains/templates-contract'), '../contract/domains/templates-contract')).templatesContract),
  ...domain(JD_CHANNELS, async () => (await load(() => import('../contract/domains/jd-contract'), '../contract/domains/jd-contract')).jdContract),
  ...domain(POSTINGS_CHANNELS, async () => (await load(() => import('../contract/domains/postings-contract'), '../contract/domains/postings-contract')).postingsContract),
  ...domain(CANDIDATES_CHANNELS, async () => (await load(() => import('../contract/domains/candidates-contract'), '../contract/domains/candidates-contract')).candidatesContract),
  ...domain(ATTACHMENTS_CHANNELS, async () => (await load(() => import('../contract/domains/attachments-contract'), '../contract/domains/attachments-contract')).attachmentsContract),
  ...domain(PIPELINE_CHANNELS, async () => (await load(() => import('../contract/domains/pipeline-contract'), '../contract/domains/pipeline-contract')).pipelineContract),
  ...domain(APPLICATIONS_CHANNELS, async () => (await load(() => import('../contract/domains/applications-contract'), '../contract/domains/applications-contract')).applicationsContract),
  ...domain(REJECTION_REASONS_CHANNELS, async () => (await load(() => import('../contract/domains/rejection-reasons-contract'), '../contract/domains/rejection-reasons-contract')).rejectionReasonsContract),
  ...domain(CSV_CHANNELS, async () => (await load(() => import('../contract/domains/csv-contract'), '../contract/domains/csv-contract')).csvContract),
  ...domain(INTERVIEWS_CHANNELS, async () => (await load(() => import('../contract/domains/interviews-contract'), '../contract/domains/interviews-contract')).interviewsContract),
  ...domain(KITS_CHANNELS, async () => (await load(() => import('../contract/domains/kits-contract'), '../contract/domains/kits-contract')).kitsContract),
  ...domain(SCORECARDS_CHANNELS, async () => (await load(() => import('../contract/domains/scorecards-contract'), '../contract/domains/scorecards-contract')).scorecardsContract),
  ...domain(EXPORT_ALL_CHANNELS, async () => (await load(() => import('../contract/domains/export-all-contract'), '../contract/domains/export-all-contract')).exportAllContract),
  ...domain(DATA_CHANNELS, async () => (await load(() => import('../contract/domains/data-contract'), '../contract/domains/data-contract')).dataContract),
  ...domain(BACKUP_CHANNELS, async () => (await load(() => import('../contract/domains/backup-contract'), '../contract/domains/backup-contract')).backupContract),
  ...domain(INTAKE_CHANNELS, async () => (await load(() => import('../contract/domains/intake-contract'), '../contract/domains/intake-contract')).intakeContract),
  ...domain(REPORTS_CHANNELS, async () => (await load(() => import('../contract/domains/reports-contract'), '../contract/domains/reports-contract')).reportsContract),
  ...domain(RETENTION_CHANNELS, async () => (await load(() => import('../contract/domains/retention-contract'), '../contract/domains/retention-contract')).retentionContract),
  ...domain(MESSAGES_CHANNELS, async () => (await load(() => import('../contract/domains/messages-contract'), '../contract/domains/messages-contract')).messagesContract),
  ...domain(OFFERS_CHANNELS, async () => (await load(() => import('../contract/domains/offers-contract'), '../contract/domains/offers-contract')).offersContract),
  ...domain(SEARCH_CHANNELS, async () => (await load(() => import('../contract/domains/search-contract'), '../contract/domains/search-contract')).searchContract),
} satisfies Record<Channel, () => Promise<void>>;
// `satisfies` catches a channel without a loader; this, a loader for a name that is no channel.
const _noExtraLoader: OnlyKeys<typeof LOADERS, Channel> = true;

function loadedSpec(channel: Channel): ChannelSpec {
  const spec = loaded.get(channel);
  if (!spec) throw new Error(`The contract has no spec for ${channel}.`);
  return spec;
}

/** The channel's spec: at once when its domain's specs are loaded, otherwise once they are. */
export function channelSpec(channel: Channel): ChannelSpec | Promise<ChannelSpec> {
  return loaded.get(channel) ?? LOADERS[channel]().then(() => loadedSpec(channel));
}
