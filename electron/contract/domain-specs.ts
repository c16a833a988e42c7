// The contract's specs, one domain at a time, for dispatch: a request is checked against its own domain's specs,
// loaded (and their schemas built) on the first request to that domain, so a core that answers app:info never
// builds the schemas of the other domains — most of a start's CPU time. api.ts joins the same domain files
// eagerly (the renderer's forms, the CLI's `rpc --list`, the tests): both hand out the same spec objects.
// A new domain is joined here too; the compiler points at a channel left out. Runs anywhere.
import type { Channel } from './channels';
import type { ChannelSpec, DomainContract, OnlyKeys } from './channel-spec';
import { APP_CHANNELS } from './domains/app-channels';
import { COMPANY_CHANNELS } from './domains/company-channels';
import { ROLES_CHANNELS } from './domains/roles-channels';
import { SAMPLE_CHANNELS } from './domains/sample-channels';
import { DESCRIPTIONS_CHANNELS } from './domains/descriptions-channels';
import { REVISIONS_CHANNELS } from './domains/revisions-channels';
import { TEMPLATES_CHANNELS } from './domains/templates-channels';
import { JD_CHANNELS } from './domains/jd-channels';
import { POSTINGS_CHANNELS } from './domains/postings-channels';
import { CANDIDATES_CHANNELS } from './domains/candidates-channels';
import { ATTACHMENTS_CHANNELS } from './domains/attachments-channels';
import { PIPELINE_CHANNELS } from './domains/pipeline-channels';
import { APPLICATIONS_CHANNELS } from './domains/applications-channels';
import { REJECTION_REASONS_CHANNELS } from './domains/rejection-reasons-channels';
import { CSV_CHANNELS } from './domains/csv-channels';
import { INTERVIEWS_CHANNELS } from './domains/interviews-channels';
import { KITS_CHANNELS } from './domains/kits-channels';
import { SCORECARDS_CHANNELS } from './domains/scorecards-channels';
import { EXPORT_ALL_CHANNELS } from './domains/export-all-channels';
import { DATA_CHANNELS } from './domains/data-channels';
import { BACKUP_CHANNELS } from './domains/backup-channels';
import { INTAKE_CHANNELS } from './domains/intake-channels';
import { REPORTS_CHANNELS } from './domains/reports-channels';
import { RETENTION_CHANNELS } from './domains/retention-channels';
import { MESSAGES_CHANNELS } from './domains/messages-channels';
import { OFFERS_CHANNELS } from './domains/offers-channels';
import { SEARCH_CHANNELS } from './domains/search-channels';

const loaded = new Map<Channel, ChannelSpec>();

/** A domain's channels, each mapped to one shared loader of the domain's specs (tried again after a failure). */
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
  ...domain(APP_CHANNELS, async () => (await import('./domains/app-contract')).appContract),
  ...domain(COMPANY_CHANNELS, async () => (await import('./domains/company-contract')).companyContract),
  ...domain(ROLES_CHANNELS, async () => (await import('./domains/roles-contract')).rolesContract),
  ...domain(SAMPLE_CHANNELS, async () => (await import('./domains/sample-contract')).sampleContract),
  ...domain(DESCRIPTIONS_CHANNELS, async () => (await import('./domains/descriptions-contract')).descriptionsContract),
  ...domain(REVISIONS_CHANNELS, async () => (await import('./domains/revisions-contract')).revisionsContract),
  ...domain(TEMPLATES_CHANNELS, async () => (await import('./domains/templates-contract')).templatesContract),
  ...domain(JD_CHANNELS, async () => (await import('./domains/jd-contract')).jdContract),
  ...domain(POSTINGS_CHANNELS, async () => (await import('./domains/postings-contract')).postingsContract),
  ...domain(CANDIDATES_CHANNELS, async () => (await import('./domains/candidates-contract')).candidatesContract),
  ...domain(ATTACHMENTS_CHANNELS, async () => (await import('./domains/attachments-contract')).attachmentsContract),
  ...domain(PIPELINE_CHANNELS, async () => (await import('./domains/pipeline-contract')).pipelineContract),
  ...domain(APPLICATIONS_CHANNELS, async () => (await import('./domains/applications-contract')).applicationsContract),
  ...domain(REJECTION_REASONS_CHANNELS, async () => (await import('./domains/rejection-reasons-contract')).rejectionReasonsContract),
  ...domain(CSV_CHANNELS, async () => (await import('./domains/csv-contract')).csvContract),
  ...domain(INTERVIEWS_CHANNELS, async () => (await import('./domains/interviews-contract')).interviewsContract),
  ...domain(KITS_CHANNELS, async () => (await import('./domains/kits-contract')).kitsContract),
  ...domain(SCORECARDS_CHANNELS, async () => (await import('./domains/scorecards-contract')).scorecardsContract),
  ...domain(EXPORT_ALL_CHANNELS, async () => (await import('./domains/export-all-contract')).exportAllContract),
  ...domain(DATA_CHANNELS, async () => (await import('./domains/data-contract')).dataContract),
  ...domain(BACKUP_CHANNELS, async () => (await import('./domains/backup-contract')).backupContract),
  ...domain(INTAKE_CHANNELS, async () => (await import('./domains/intake-contract')).intakeContract),
  ...domain(REPORTS_CHANNELS, async () => (await import('./domains/reports-contract')).reportsContract),
  ...domain(RETENTION_CHANNELS, async () => (await import('./domains/retention-contract')).retentionContract),
  ...domain(MESSAGES_CHANNELS, async () => (await import('./domains/messages-contract')).messagesContract),
  ...domain(OFFERS_CHANNELS, async () => (await import('./domains/offers-contract')).offersContract),
  ...domain(SEARCH_CHANNELS, async () => (await import('./domains/search-contract')).searchContract),
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
