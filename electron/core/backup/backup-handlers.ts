// The backup channels: make an archive (progress, cancel), look inside one, restore one (staged; the switch
// happens when the data folder is next opened). Runs in plain Node via dispatch.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupChannel } from '../../contract';
import { pathFolder } from '../files/place-file';
import type { HandlerGroup } from '../handlers';
import { backupHolding } from './backup-holding';
import { createBackupService, type BackupTestKnobs } from './backup-service';

/** Test knobs (a write limit standing in for a full disk, a fast scrypt) reach the service only through here. */
export function backupHandlersWith(knobs: BackupTestKnobs): HandlerGroup<BackupChannel> {
  const service = createBackupService(knobs);
  return {
    'backup:create': (input, ctx) => {
      ctx.grants.checkFolder(pathFolder(input.path), ['path']);
      return service.create(input, ctx);
    },
    'backup:cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
    'backup:inspect': (input, ctx) => {
      if (!inDataBackups(input.path, ctx.dataDir)) ctx.grants.checkFile(input.path, ['path']);
      return service.inspect(input, ctx, input.jobId ?? randomUUID());
    },
    'backup:restore': (input, ctx) => {
      if (!inDataBackups(input.path, ctx.dataDir)) ctx.grants.checkFile(input.path, ['path']);
      return service.restore(input, ctx);
    },
    'backup:auto': (input, ctx) => service.auto(input, ctx),
    'backup:status': (_input, ctx) => service.status(ctx),
    'backup:holding': ({ candidateId }, ctx) => backupHolding(ctx.dataDir, candidateId, ctx.now()),
    'backup:settings': (input, ctx) => {
      if (input.secondFolder) ctx.grants.checkFolder(input.secondFolder, ['secondFolder']);
      return service.settings(input, ctx);
    },
  };
}

/**
 * A file directly inside the data folder's own backups/ (the newest backup data:health offers, the last good
 * one backup:status names): Hirebook wrote it itself, so inspecting or restoring it needs no dialog grant.
 * Symbolic links are followed first, so a link placed there cannot reach a file elsewhere.
 */
function inDataBackups(file: string, dataDir: string): boolean {
  try {
    const backups = fs.realpathSync(path.join(dataDir, 'backups'));
    return path.dirname(fs.realpathSync(path.resolve(file))) === backups;
  } catch {
    return false;
  }
}

export const backupHandlers: HandlerGroup<BackupChannel> = backupHandlersWith({});
