// What the `hirebook jd` commands share: reading the FILE, parsing it through the core, and finding the
// --role. Runs in plain Node (the `hirebook` command).
import { resolve } from 'node:path';
import type { JdParseResult, Role } from '../../contract';
import type { Core } from '../../core/create-core';
import { CliFailure } from '../io';
import { valueOrFail } from '../open-core';

/** Parses FILE with the same jd:parse channel the app uses (the core reads it); refused files become a CliFailure. */
export async function parseFile(core: Core, file: string): Promise<JdParseResult> {
  const result = await core.dispatch('jd:parse', { path: resolve(file) });
  if (!result.ok) throw new CliFailure(`cannot import ${file}: ${result.error.message}`);
  return result.value as JdParseResult;
}

/** The role with this id, or a CliFailure that says so (a malformed id is just another unknown role). */
export async function requireRole(core: Core, id: string): Promise<Role> {
  const result = await core.dispatch('roles:get', { id });
  if (!result.ok && (result.error.code === 'not_found' || result.error.code === 'invalid_input')) {
    throw new CliFailure(`no role with id "${id}" (see "hirebook roles list")`);
  }
  return valueOrFail(result) as Role;
}

/** One line, cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
