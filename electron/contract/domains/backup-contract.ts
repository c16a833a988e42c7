// Backups: one archive of the whole data folder, looking inside one, restoring one.
// A spec per name in ./backup-channels.ts, no more, no fewer (else a type error); handlers: core/backup/backup-handlers.ts.
import {
  BackupAutoInput,
  BackupAutoResult,
  BackupCancelInput,
  BackupCancelResult,
  BackupCreateInput,
  BackupCreateResult,
  BackupHolding,
  BackupHoldingInput,
  BackupOpenInput,
  BackupRestoreInput,
  BackupRestoreResult,
  BackupSettingsInput,
  BackupStatus,
  BackupSummary,
} from '../backup-schemas';
import { EmptyInput } from '../common-schemas';
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
  'backup:auto': {
    input: BackupAutoInput,
    output: BackupAutoResult,
    doc:
      'An automatic backup into the data folder\'s backups/ when one is due (daily: none in 24 hours; quit: the data changed since the last), ' +
      'checked after writing; then the automatic archives are rotated (7 daily, 4 weekly, 6 monthly, within min(5 GB, 10% of free space)). Pre-migration copies are left alone. ' +
      'Each new archive is also copied (and checked) into the second backup folder when one is set; a missing folder is a warning, not a failure.',
  },
  'backup:holding': {
    input: BackupHoldingInput,
    output: BackupHolding,
    doc: "Which backups in the backups folder and the second folder still hold a person (by the ids their manifests list): holds, does not hold, or unknown (encrypted, or made before backups listed who they hold); when each rotates out.",
  },
  'backup:status': {
    input: EmptyInput,
    output: BackupStatus,
    doc: 'How backups stand: automatic on or off, the last good backup (size, place, time), the disk budget and what is used, and warnings (no good backup for 7 days, the second folder missing).',
  },
  'backup:settings': {
    input: BackupSettingsInput,
    output: BackupStatus,
    doc: 'Turn automatic backups on or off and set (a folder chosen with the folder dialog) or remove the second backup folder; answers the new status.',
  },
} as const satisfies DomainContract<BackupChannel>;
