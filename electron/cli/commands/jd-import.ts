// `hirebook jd import FILE [--role ID]`: saves a job description as a new role, or as the description
// of an existing role (the old one is kept as a revision). Runs in plain Node.
import type { JdImportResult, Role } from '../../contract';
import type { Core } from '../../core/create-core';
import { write, type CliIo } from '../io';
import { valueOrFail } from '../open-core';
import { parseFile, requireRole } from './jd-shared';

export interface JdImportOptions {
  file: string;
  roleId: string | undefined;
  json: boolean;
}

export async function jdImport(core: Core, options: JdImportOptions, io: CliIo): Promise<void> {
  // Look the role up first, so a wrong id fails before the file is read or anything is written.
  const target: Role | null = options.roleId === undefined ? null : await requireRole(core, options.roleId);
  const { parsed, roleFields } = await parseFile(core, options.file);
  const input = target ? { parsed, roleId: target.id } : { parsed, roleFields };
  const result = valueOrFail(await core.dispatch('jd:import', input)) as JdImportResult;
  if (options.json) {
    await write(io.stdout, `${JSON.stringify({ roleId: result.roleId, created: result.created }, null, 2)}\n`);
    return;
  }
  if (target) {
    await write(io.stdout, `Replaced the description of ${target.title} (${target.id}); the previous one is kept as a revision.\n`);
    return;
  }
  const role = valueOrFail(await core.dispatch('roles:get', { id: result.roleId })) as Role;
  await write(io.stdout, `Created role ${role.title} (${role.id})\n`);
}
