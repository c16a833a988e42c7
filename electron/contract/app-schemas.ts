// App-level payloads: where the data lives, versions, sample data, the folder picker, and the data-changed
// event. Runs anywhere.
import { z } from 'zod';
import { APP_COMMAND_IDS, type AppCommandId } from './app-commands';

export const AppInfo = z.object({
  version: z.string(),
  /** The folder holding hirebook.db, attachments/ and backups/. */
  dataDir: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  /** 'electron' in the desktop app, 'node' in the CLI and tests. */
  runtime: z.enum(['electron', 'node']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const SampleLoadResult = z.object({
  rolesCreated: z.number().int(),
  companyFilled: z.boolean(),
  /** Sample candidates added (people already there, matched by email, are not added again). */
  candidatesCreated: z.number().int(),
});
export type SampleLoadResult = z.infer<typeof SampleLoadResult>;

/** What the sample data is now (sample:status), or what sample:remove removed. */
export const SampleCounts = z.object({
  roles: z.number().int(),
  candidates: z.number().int(),
  /** Applications of sample people, and of the owner's people to sample roles (those go with the role). */
  applications: z.number().int(),
  interviews: z.number().int(),
  /** Files attached to sample people. */
  files: z.number().int(),
});
export type SampleCounts = z.infer<typeof SampleCounts>;

export const SampleStatus = SampleCounts.extend({
  /** Sample roles and people the owner changed since they were loaded (still sample: they go too). */
  edited: z.number().int(),
  /** The owner's own people's applications to sample roles (the people stay; these applications go). */
  ownApplications: z.number().int(),
  /** The company profile still holds details the sample filled in (cleared on removal). */
  companyFromSample: z.boolean(),
});
export type SampleStatus = z.infer<typeof SampleStatus>;

export const SampleRemoveResult = SampleCounts.extend({
  /** The company details that still matched the sample's were cleared. */
  companyCleared: z.boolean(),
});
export type SampleRemoveResult = z.infer<typeof SampleRemoveResult>;

/** `descriptions` and `revisions` carry role ids; `templates` carries template ids. */
/** `pipeline` carries role ids; `applications` application ids; `candidates` candidate ids (empty: many). */
/** `interviews` carries interview ids; `kits` role ids. */
export const DATA_DOMAINS = ['roles', 'company', 'descriptions', 'revisions', 'templates', 'candidates', 'applications', 'pipeline', 'rejection-reasons', 'interviews', 'kits'] as const;
export const DataDomain = z.enum(DATA_DOMAINS);
export type DataDomain = z.infer<typeof DataDomain>;

/** Sent after any write, so every open view can refresh what it shows. */
export const DataChanged = z.object({
  domain: DataDomain,
  /** The records that changed; empty when many did. */
  ids: z.array(z.string()),
});
export type DataChanged = z.infer<typeof DataChanged>;

/** What the folder picker asks, e.g. "Choose a folder for the careers page". */
export const ChooseFolderInput = z
  .object({ title: z.string().trim().min(1, { message: 'Say what the folder is for' }).max(200, { message: 'Keep the title short' }) })
  .strict();
export type ChooseFolderInput = z.infer<typeof ChooseFolderInput>;

/** The folder the person chose (absolute), or null when they cancelled the dialog. */
export const ChooseFolderResult = z.object({ path: z.string().nullable() });
export type ChooseFolderResult = z.infer<typeof ChooseFolderResult>;

/** What a file is opened for: sets the open dialog's title and its file-type filter. */
export const FILE_PURPOSES = ['csv', 'job-description', 'attachment', 'backup', 'intake'] as const;
export const FilePurpose = z.enum(FILE_PURPOSES);
export type FilePurpose = z.infer<typeof FilePurpose>;

/** The file types each purpose opens (extensions without the dot): the open dialog's filter and the page's `accept`. */
export const FILE_PURPOSE_TYPES: Record<FilePurpose, { label: string; extensions: readonly string[] }> = {
  csv: { label: 'Spreadsheets (CSV)', extensions: ['csv', 'tsv', 'txt'] },
  'job-description': { label: 'Job descriptions', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] },
  attachment: { label: 'Résumés and documents', extensions: ['pdf', 'docx', 'txt', 'png', 'jpg', 'jpeg'] },
  backup: { label: 'Hirebook backups', extensions: ['hirebook-backup'] },
  intake: { label: 'Résumés and saved e-mails', extensions: ['pdf', 'docx', 'txt', 'eml', 'msg'] },
};

/** The `accept` attribute of a file input for that purpose. */
export function acceptFor(purpose: FilePurpose): string {
  return FILE_PURPOSE_TYPES[purpose].extensions.map((ext) => `.${ext}`).join(',');
}

export const ChooseFileInput = z
  .object({ title: z.string().trim().min(1).max(120), purpose: FilePurpose, multiple: z.boolean().default(false) })
  .strict();
export type ChooseFileInput = z.input<typeof ChooseFileInput>;

/** The files picked (absolute paths, which the core may then read); empty when cancelled. */
export const ChooseFileResult = z.object({ paths: z.array(z.string()) });
export type ChooseFileResult = z.infer<typeof ChooseFileResult>;

/** app:reopen's answer: the desktop shell closes the data folder and opens it again, then reloads the window. */
export const ReopenResult = z.object({ reopening: z.literal(true) });

/** The colour theme the owner chose (Settings → Appearance): the computer's, or always light or dark. */
export const ThemeChoice = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

export const SetThemeInput = z.object({ choice: ThemeChoice }).strict();
export type SetThemeInput = z.infer<typeof SetThemeInput>;

/** Whether the desktop shell's own parts (menus, title bar, dialogs) now follow it; false where there are none. */
export const SetThemeResult = z.object({ applied: z.boolean() });
export type SetThemeResult = z.infer<typeof SetThemeResult>;
export type ReopenResult = z.infer<typeof ReopenResult>;

/**
 * What the current screen allows, for the desktop menus: the commands (contract/app-commands.ts) to enable
 * (every other one is greyed out) and the theme to tick in View → Theme.
 */
export const MenuStateInput = z
  .object({
    enabled: z.array(z.enum(APP_COMMAND_IDS as [AppCommandId, ...AppCommandId[]])).max(APP_COMMAND_IDS.length),
    theme: ThemeChoice,
  })
  .strict();
export type MenuStateInput = z.infer<typeof MenuStateInput>;

/** Whether the desktop app shows a notification 15 minutes before each booked interview (Settings → Appearance). */
export const RemindersInput = z.object({ on: z.boolean() }).strict();
export type RemindersInput = z.infer<typeof RemindersInput>;
