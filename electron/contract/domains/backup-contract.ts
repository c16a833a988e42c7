// Backups: one archive of the whole data folder, looking inside one, restoring one.
// A spec per name in ./backup-channels.ts, no more, no fewer (else a type error); handlers: core/backup/backup-handlers.ts.
import {
  BackupCancelInput,
  BackupCancelResult,
  BackupCreateInput,
  BackupCreateResult,
  BackupOpenInput,
  BackupRestoreInput,
  BackupRestoreResult,
  BackupSummary,
} from '../backup-schemas';
import type { DomainContract } from '../channel-spec';
import type { BackupChannel } from './backup-channels';

export type { BackupChannel };

export const backupContract = {
  'backup:create': {
    input: BackupCreateInput,
    output: BackupCreateResult,
    doc:
      'Write one archive (.hirebook-backup, a zip) of the database, every attachment and a manifest, while the app stays usable; ' +
      'backup:progress events; backup:cancel leaves no file. With a passphrase the zip is encrypted with age: a forgotten passphrase cannot be recovered.',
  },
  'backup:cancel': { input: BackupCancelInput, output: BackupCancelResult, doc: 'Stop a running backup, inspect or restore at its next step; nothing partial is left.' },
  'backup:inspect': {
    input: BackupOpenInput,
    output: BackupSummary,
    doc: 'Check an archive completely (every member against the manifest, the database with integrity_check) and say what it holds. Changes nothing.',
  },
  'backup:restore': {
    input: BackupRestoreInput,
    output: BackupRestoreResult,
    doc:
      'Check an archive like backup:inspect, then stage it to replace the data in use, which is kept aside in replaced-<time>/. ' +
      'The switch is made when the data folder is next opened: close this core and open a new one.',
  },
} as const satisfies DomainContract<BackupChannel>;
