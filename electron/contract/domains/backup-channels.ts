// Backups: one archive of the whole data folder, looking inside one, restoring one.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./backup-contract.ts and a handler in core/backup/backup-handlers.ts (else a type error).

export const BACKUP_CHANNELS = ['backup:create', 'backup:cancel', 'backup:inspect', 'backup:restore', 'backup:auto', 'backup:status', 'backup:settings', 'backup:holding'] as const;

export type BackupChannel = (typeof BACKUP_CHANNELS)[number];
