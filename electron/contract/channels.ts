// The names of every IPC channel and push event. Runs anywhere. It imports only the domains' name
// lists (domains/*-channels.ts), which import nothing, so the sandboxed preload can allow-list exactly
// these names without bundling any schema. See index.ts for how to add a channel.
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
export * from './domains/app-channels';
export * from './domains/company-channels';
export * from './domains/roles-channels';
export * from './domains/sample-channels';
export * from './domains/descriptions-channels';
export * from './domains/revisions-channels';
export * from './domains/templates-channels';
export * from './domains/jd-channels';
export * from './domains/postings-channels';
export * from './domains/candidates-channels';
export * from './domains/attachments-channels';
export * from './domains/pipeline-channels';
export * from './domains/applications-channels';
export * from './domains/rejection-reasons-channels';
export * from './domains/csv-channels';
export * from './domains/interviews-channels';
export * from './domains/kits-channels';
export * from './domains/scorecards-channels';
export * from './domains/export-all-channels';
export * from './domains/data-channels';
export * from './domains/backup-channels';
export * from './domains/intake-channels';
export * from './domains/reports-channels';
export * from './domains/retention-channels';
export * from './domains/messages-channels';
export * from './domains/offers-channels';
export * from './domains/search-channels';

/** Every request/response channel, as `domain:verb`, domain by domain. */
export const CHANNELS = [
  ...APP_CHANNELS,
  ...COMPANY_CHANNELS,
  ...ROLES_CHANNELS,
  ...SAMPLE_CHANNELS,
  ...DESCRIPTIONS_CHANNELS,
  ...REVISIONS_CHANNELS,
  ...TEMPLATES_CHANNELS,
  ...JD_CHANNELS,
  ...POSTINGS_CHANNELS,
  ...CANDIDATES_CHANNELS,
  ...ATTACHMENTS_CHANNELS,
  ...PIPELINE_CHANNELS,
  ...APPLICATIONS_CHANNELS,
  ...REJECTION_REASONS_CHANNELS,
  ...CSV_CHANNELS,
  ...INTERVIEWS_CHANNELS,
  ...KITS_CHANNELS,
  ...SCORECARDS_CHANNELS,
  ...EXPORT_ALL_CHANNELS,
  ...DATA_CHANNELS,
  ...BACKUP_CHANNELS,
  ...INTAKE_CHANNELS,
  ...REPORTS_CHANNELS,
  ...RETENTION_CHANNELS,
  ...MESSAGES_CHANNELS,
  ...OFFERS_CHANNELS,
  ...SEARCH_CHANNELS,
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Every push event main sends to the renderer. */
export const EVENTS = [
  'data:changed',
  'menu:new',
  'menu:go-today',
  'menu:go-reports',
  'menu:find',
  'menu:shortcuts',
  'menu:backup',
  'menu:restore',
  'menu:new-role',
  'menu:new-candidate',
  'menu:import-jd',
  'menu:import-candidates',
  'menu:export-careers',
  'menu:print',
  'menu:go-roles',
  'menu:go-candidates',
  'menu:go-interviews',
  'menu:theme-system',
  'menu:theme-light',
  'menu:theme-dark',
  'postings:progress',
  'candidates:import-progress',
  'candidates:intake-progress',
  'data:export-all-progress',
  'backup:progress',
  'app:quit-backup',
  'app:open-backup',
  'data:health-changed',
] as const;

export type EventName = (typeof EVENTS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENTS as readonly string[]).includes(value);
}

/**
 * The one synchronous message the preload sends besides the channels: "the owner dropped or chose this
 * file in the page", so the core may read it (see core/files/path-grants.ts). Carries the path only.
 */
export const GRANT_FILE_MESSAGE = 'hirebook:grant-file';
