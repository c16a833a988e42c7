// Test helpers for applicant tracking: roles, candidates made through the CSV import channel, ids read
// back from the SQLite file, and small dispatch wrappers. Runs in Vitest (Node).
import { randomUUID } from 'node:crypto';
import type { Core } from '../../electron/core';
import type { ImportResult, Pipeline, RejectionReasonList, Role } from '../../electron/contract';
import { value, withRawDb } from './temp-core';

export async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  return value<T>(await core.dispatch(channel, input));
}

export async function errorOf(core: Core, channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(channel, input);
  if (result.ok) throw new Error(`Expected ${channel} to fail`);
  return result.error;
}

export async function newRole(core: Core, title: string): Promise<Role> {
  return call<Role>(core, 'roles:create', { title });
}

/** Adds people (name + generated email) without a role; returns their candidate ids in order. */
export async function addPeople(core: Core, names: readonly string[]): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const lines = names.map((name, i) => `"${name}",p${i}.${tag}@example.test`);
  const text = `Name,Email\n${lines.join('\n')}\n`;
  const result = await call<ImportResult>(core, 'candidates:import', { text, mapping: { name: 0, email: 1 }, duplicates: 'create', jobId: randomUUID() });
  if (result.imported !== names.length) throw new Error(`Imported ${result.imported} of ${names.length}: ${JSON.stringify(result.errors)}`);
  return withRawDb(core.databasePath, (db) =>
    names.map((_name, i) => db.prepare('SELECT candidate_id FROM candidate_emails WHERE email_norm = ?').pluck().get(`p${i}.${tag}@example.test`) as string),
  );
}

export async function board(core: Core, roleId: string): Promise<Pipeline> {
  return call<Pipeline>(core, 'pipeline:get', { roleId });
}

/** Stage id by name on a board. */
export function stageId(pipeline: Pipeline, name: string): string {
  const stage = pipeline.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`No stage ${name}`);
  return stage.id;
}

/** Candidate names per stage name, in column order. */
export function columns(pipeline: Pipeline): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const stage of pipeline.stages) {
    out[stage.name] = pipeline.cards
      .filter((card) => card.stageId === stage.id)
      .sort((a, b) => a.position - b.position)
      .map((card) => card.name);
  }
  return out;
}

export async function reasonByName(core: Core, name: string): Promise<string> {
  const list = await call<RejectionReasonList>(core, 'rejection-reasons:list', {});
  const reason = list.reasons.find((r) => r.name === name);
  if (!reason) throw new Error(`No reason ${name}`);
  return reason.id;
}

export function rawAll<T>(core: Core, sql: string, ...params: unknown[]): T[] {
  return withRawDb(core.databasePath, (db) => db.prepare(sql).all(...params) as T[]);
}
