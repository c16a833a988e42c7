// The contract joined: every domain's channel specs (domains/*-contract.ts) in one map, and every
// event's payload. Runs anywhere. See index.ts for how to add a channel.
import { z } from 'zod';
import { type CHANNELS, type Channel, type EventName } from './channels';
import type { ChannelSpec, NoRepeats, OnlyKeys } from './channel-spec';
import { DataChanged } from './app-schemas';
import { PostingProgress } from './posting-schemas';
import { ImportProgress } from './import-export-schemas';
import { ExportAllProgress } from './export-all-schemas';
import { appContract } from './domains/app-contract';
import { companyContract } from './domains/company-contract';
import { rolesContract } from './domains/roles-contract';
import { sampleContract } from './domains/sample-contract';
import { descriptionsContract } from './domains/descriptions-contract';
import { revisionsContract } from './domains/revisions-contract';
import { templatesContract } from './domains/templates-contract';
import { jdContract } from './domains/jd-contract';
import { postingsContract } from './domains/postings-contract';
import { candidatesContract } from './domains/candidates-contract';
import { attachmentsContract } from './domains/attachments-contract';
import { pipelineContract } from './domains/pipeline-contract';
import { applicationsContract } from './domains/applications-contract';
import { rejectionReasonsContract } from './domains/rejection-reasons-contract';
import { csvContract } from './domains/csv-contract';
import { interviewsContract } from './domains/interviews-contract';
import { kitsContract } from './domains/kits-contract';
import { scorecardsContract } from './domains/scorecards-contract';
import { exportAllContract } from './domains/export-all-contract';
import { dataContract } from './domains/data-contract';
import { backupContract } from './domains/backup-contract';
import { BackupProgress, QuitBackup } from './backup-schemas';
import { DataHealth } from './data-schemas';
import { intakeContract } from './domains/intake-contract';
import { reportsContract } from './domains/reports-contract';
import { retentionContract } from './domains/retention-contract';
import { messagesContract } from './domains/messages-contract';
import { offersContract } from './domains/offers-contract';
import { searchContract } from './domains/search-contract';
import { IntakeProgress } from './intake-schemas';

/** Every channel's input and output schema and what it does. */
export const contract = {
  ...appContract,
  ...companyContract,
  ...rolesContract,
  ...sampleContract,
  ...descriptionsContract,
  ...revisionsContract,
  ...templatesContract,
  ...jdContract,
  ...postingsContract,
  ...candidatesContract,
  ...attachmentsContract,
  ...pipelineContract,
  ...applicationsContract,
  ...rejectionReasonsContract,
  ...csvContract,
  ...interviewsContract,
  ...kitsContract,
  ...scorecardsContract,
  ...exportAllContract,
  ...dataContract,
  ...backupContract,
  ...intakeContract,
  ...reportsContract,
  ...retentionContract,
  ...messagesContract,
  ...offersContract,
  ...searchContract,
} as const satisfies Record<Channel, ChannelSpec>;

// Compile-time checks across domains (each domain file already checks its own names against its specs):
// `satisfies` above makes a channel without a spec an error; these make a spec without a channel (a
// domain joined here but not in channels.ts) and a name listed twice errors too.
const _everySpecIsAChannel: OnlyKeys<typeof contract, Channel> = true;
const _noChannelTwice: NoRepeats<typeof CHANNELS> = true;

export const events = {
  'data:changed': DataChanged,
  /** File → New (CmdOrCtrl+N): the renderer makes what its current screen is about (app-commands.ts). */
  'menu:new': z.object({}),
  'menu:go-today': z.object({}),
  'menu:go-reports': z.object({}),
  /** Go → Find Anything… (CmdOrCtrl+K): the renderer opens the command palette. */
  'menu:find': z.object({}),
  /** Help → Keyboard Shortcuts: the renderer opens the shortcuts sheet. */
  'menu:shortcuts': z.object({}),
  /** File → Back Up Now…: the renderer starts a backup (Settings → Data's dialog). */
  'menu:backup': z.object({}),
  /** File → Restore from a Backup…: the renderer starts choosing an archive to restore. */
  'menu:restore': z.object({}),
  /** The rest of the File, Go and View → Theme menus (contract/app-commands.ts): the renderer runs the command. */
  'menu:new-role': z.object({}),
  'menu:new-candidate': z.object({}),
  'menu:import-jd': z.object({}),
  'menu:import-candidates': z.object({}),
  'menu:export-careers': z.object({}),
  'menu:print': z.object({}),
  'menu:go-roles': z.object({}),
  'menu:go-candidates': z.object({}),
  'menu:go-interviews': z.object({}),
  'menu:theme-system': z.object({}),
  'menu:theme-light': z.object({}),
  'menu:theme-dark': z.object({}),
  /** Quitting waits for an automatic backup (at most 10 s): the renderer shows it while it runs. */
  'app:quit-backup': QuitBackup,
  /** A .hirebook-backup was opened from outside the app (double-click, a second start): the renderer starts the restore with it. */
  'app:open-backup': z.object({ path: z.string().min(1).max(4096) }),
  /** A batch PDF job moved on: `done` of `total` roles handled. */
  'postings:progress': PostingProgress,
  /** A CSV import moved on: `done` of `total` rows handled. */
  'candidates:import-progress': ImportProgress,
  /** A candidate intake moved on: `done` of `total` files handled; `fileName` is the one being read. */
  'candidates:intake-progress': IntakeProgress,
  /** An export of everything moved on: `done` of `total` rows and files written. */
  'data:export-all-progress': ExportAllProgress,
  /** A backup, inspect or restore moved on: `done` of `total` bytes in its current phase. */
  'backup:progress': BackupProgress,
  /** The data file's health changed: a check finished (start-up, weekly, on demand) or damage was met. */
  'data:health-changed': DataHealth,
} as const satisfies Record<EventName, z.ZodType>;

/** What a caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
