// Which channels only read: the one list of them. Every other channel may write and is refused ('damaged')
// while the data file is damaged, and waits for the start-up check of the file before it runs. A new channel
// is a writer until it is listed here, so forgetting it errs on the safe side. Runs anywhere.
import type { Channel } from './channels';

/** Channels that never write to the database (they may read it, write files the owner chose, or ask the system). */
export const READ_ONLY_CHANNELS = [
  'app:info',
  'app:choose-folder',
  'app:choose-file',
  'applications:notes',
  'applications:history',
  'attachments:content',
  'attachments:text',
  'candidates:get',
  'candidates:list',
  'candidates:duplicates',
  'candidates:timeline',
  'company:get',
  'sample:status',
  'candidates:import-preview',
  'candidates:import-cancel',
  'candidates:intake-cancel',
  'candidates:export',
  'applications:export',
  'descriptions:get',
  'interviews:list',
  'interviews:get',
  'interviews:ics',
  'jd:parse',
  'jd:check',
  'kits:get',
  'kits:html',
  'kits:pdf',
  'kits:print',
  'pipeline:get',
  'postings:html',
  'postings:export',
  'postings:pdf',
  'postings:check',
  'postings:print',
  'postings:batch-pdf',
  'postings:cancel',
  'careers:export',
  'rejection-reasons:list',
  'revisions:list',
  'revisions:get',
  'revisions:compare',
  'reports:get',
  'reports:csv',
  'reports:html',
  'reports:pdf',
  'reports:print',
  'today:get',
  'retention:settings',
  'retention:due',
  'retention:notice',
  'messages:templates',
  'messages:draft',
  // Writes today.json in the data folder, never the database.
  'today:left',
  'roles:list',
  'roles:get',
  'scorecards:summary',
  'templates:list',
  'templates:get',
  'data:health',
  'data:check',
  'data:salvage',
  // Backups: these touch only the backups' own record, an archive the owner chose, or (restore) a staging
  // folder the next open switches in. They must work while the data file is damaged: that is when they matter.
  'backup:status',
  'backup:settings',
  'backup:inspect',
  'backup:restore',
  'backup:cancel',
  // Reads the manifests of the archives in backups/ and the second folder.
  'backup:holding',
  'app:reopen',
] as const satisfies readonly Channel[];

export function writesData(channel: Channel): boolean {
  return !(READ_ONLY_CHANNELS as readonly string[]).includes(channel);
}
