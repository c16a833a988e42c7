// App-level payloads: where the data lives, versions, sample data, and the data-changed event.
import { z } from 'zod';

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
});
export type SampleLoadResult = z.infer<typeof SampleLoadResult>;

/** `descriptions` and `revisions` carry role ids; `templates` carries template ids. */
export const DATA_DOMAINS = ['roles', 'company', 'descriptions', 'revisions', 'templates'] as const;
export const DataDomain = z.enum(DATA_DOMAINS);
export type DataDomain = z.infer<typeof DataDomain>;

/** Sent after any write, so every open view can refresh what it shows. */
export const DataChanged = z.object({
  domain: DataDomain,
  /** The records that changed; empty when many did. */
  ids: z.array(z.string()),
});
export type DataChanged = z.infer<typeof DataChanged>;
