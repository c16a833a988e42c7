// Text that cannot be saved (a lone surrogate, a NUL) is refused at the contract on every channel, with
// the field's path, before any handler runs: nothing is stored. Well-formed text, emoji and surrogate pairs
// included, is stored byte for byte as it was echoed. Runs in Vitest against a real core on a temp folder.
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  CHANNELS,
  LONE_SURROGATE_MESSAGE,
  NUL_MESSAGE,
  contract,
  type CandidateCreateResult,
  type Channel,
  type FieldIssue,
  type Result,
  type Role,
} from '../../electron/contract';
import type { Handlers } from '../../electron/core/handlers';
import { validInputs, type Seed } from '../helpers/channel-inputs';
import { dumpTables, tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

function issuesOf(result: Result<unknown>): FieldIssue[] {
  if (result.ok) throw new Error(`Expected invalid_input, got ok: ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe('invalid_input');
  return result.error.issues ?? [];
}

describe('text that cannot be saved', () => {
  it('refuses a lone surrogate or a NUL in a role, naming the field, and stores nothing', async () => {
    const core = tempCore();
    const before = dumpTables(core.databasePath);
    const lone = await core.dispatch('roles:create', { title: '\ud800 lone' });
    expect(issuesOf(lone)).toEqual([{ path: ['title'], message: LONE_SURROGATE_MESSAGE }]);
    expect(lone.ok ? '' : lone.error.message).toContain(`title: ${LONE_SURROGATE_MESSAGE}`);
    const nul = await core.dispatch('roles:create', { title: 'Baker', location: { city: 'Be\u0000nd' }, remoteCountries: ['Canada', 'x\udc00'] });
    expect(issuesOf(nul)).toEqual([
      { path: ['location', 'city'], message: NUL_MESSAGE },
      { path: ['remoteCountries', 1], message: LONE_SURROGATE_MESSAGE },
    ]);
    expect(dumpTables(core.databasePath)).toEqual(before);

    const role = value<Role>(await core.dispatch('roles:create', { title: 'Baker' }));
    const stored = dumpTables(core.databasePath);
    const patch = await core.dispatch('roles:update', { id: role.id, patch: { title: 'Head \ud83d baker' } });
    expect(issuesOf(patch)).toEqual([{ path: ['patch', 'title'], message: LONE_SURROGATE_MESSAGE }]);
    expect(dumpTables(core.databasePath)).toEqual(stored);
  });

  it('refuses them in nested candidate fields and lists, naming each', async () => {
    const core = tempCore();
    const before = dumpTables(core.databasePath);
    const result = await core.dispatch('candidates:create', {
      fullName: 'Ana Lima',
      tags: ['baker', 'nights\ud800'],
      links: [{ label: 'Blog\u0000', url: 'https://ana.example' }],
    });
    expect(issuesOf(result)).toEqual([
      { path: ['tags', 1], message: LONE_SURROGATE_MESSAGE },
      { path: ['links', 0, 'label'], message: NUL_MESSAGE },
    ]);
    expect(dumpTables(core.databasePath)).toEqual(before);
  });

  it('keeps emoji and surrogate pairs exactly: what is echoed is what is stored', async () => {
    const core = tempCore();
    const title = 'Baker 😀 \ud83e\udd50 𝌆 \u{10FFFF}';
    const role = value<Role>(await core.dispatch('roles:create', { title, location: { city: 'Zoë \ud83d\udc69\u200d\ud83c\udf73' } }));
    expect(role.title).toBe(title);
    expect(value<Role>(await core.dispatch('roles:get', { id: role.id }))).toEqual(role);
    const fullName = 'Amara 👩‍🍳 Okafor';
    const created = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName, tags: ['🥐'] }));
    expect(created.candidate.fullName).toBe(fullName);
    withRawDb(core.databasePath, (db) => {
      const row = db.prepare('SELECT CAST(title AS BLOB) AS title, CAST(location_city AS BLOB) AS city FROM roles WHERE id = ?').get(role.id) as { title: Buffer; city: Buffer };
      expect(row.title.equals(Buffer.from(title, 'utf8'))).toBe(true);
      expect(row.city.equals(Buffer.from(role.location.city, 'utf8'))).toBe(true);
      const person = db.prepare('SELECT CAST(full_name AS BLOB) AS name FROM candidates WHERE id = ?').get(created.candidate.id) as { name: Buffer };
      expect(person.name.equals(Buffer.from(fullName, 'utf8'))).toBe(true);
    });
  });
});

type Leaf = (string | number)[];

/** The path of every string in a JSON value. */
function stringLeaves(value: unknown, path: Leaf = []): Leaf[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

function withLeaf(input: unknown, path: Leaf, change: (text: string) => string): unknown {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  parent[last] = change(parent[last] as string);
  return copy;
}

/** A seed of made-up ids: the handlers are spies, so the ids only need to be well formed. */
function fakeSeed(): Seed {
  const ids = (n: number): string[] => Array.from({ length: n }, () => randomUUID());
  const [roleId = ''] = ids(1);
  return {
    id: roleId,
    revisionId: randomUUID(),
    sectionId: randomUUID(),
    pipeline: { roleId, stageIds: ids(5), applicationIds: ids(3), candidateIds: ids(3), reasonId: randomUUID() },
    candidates: { candidateId: randomUUID(), otherId: randomUUID(), attachmentId: randomUUID() },
    interviews: { roleId, candidateIds: ids(2), applicationIds: ids(2), interviewId: randomUUID(), interviewerIds: ids(2), scorecardId: randomUUID(), criterionIds: ids(3) },
    messages: { templates: { acknowledgement: randomUUID(), invitation: randomUUID(), rejection: randomUUID(), offer: randomUUID(), custom: randomUUID() } },
    offers: { offerId: randomUUID(), applicationId: randomUUID() },
  };
}

describe('every channel', () => {
  it('never hands a lone surrogate or a NUL in any string field to its handler', async () => {
    const reached: Channel[] = [];
    const spy = (channel: Channel) => vi.fn(() => {
      reached.push(channel);
      return null;
    });
    const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, spy(channel)])) as unknown as Handlers;
    const core = tempCore({ handlers });
    const inputs = validInputs(fakeSeed(), tempDir());
    let variants = 0;
    let schemaWouldAccept = 0;
    for (const channel of CHANNELS) {
      for (const base of inputs[channel]) {
        if (contract[channel].input.safeParse(base).success) {
          // The spies are wired: a clean input does reach the handler.
          reached.length = 0;
          await core.dispatch(channel, base);
          expect(reached, channel).toEqual([channel]);
        }
        for (const leaf of stringLeaves(base)) {
          for (const [change, message] of [[(t: string) => `${t}\ud800`, LONE_SURROGATE_MESSAGE], [(t: string) => `\u0000${t}`, NUL_MESSAGE]] as const) {
            const input = withLeaf(base, leaf, change);
            reached.length = 0;
            const result = await core.dispatch(channel, input);
            variants += 1;
            if (contract[channel].input.safeParse(input).success) schemaWouldAccept += 1;
            expect(reached, `${channel} ${leaf.join('.')}`).toEqual([]);
            expect(issuesOf(result), `${channel} ${leaf.join('.')}`).toContainEqual({ path: leaf, message });
          }
        }
      }
    }
    // Most string fields are free text the schema alone would take: the check, not the schema, refused them.
    expect(variants).toBeGreaterThan(500);
    expect(schemaWouldAccept).toBeGreaterThan(150);
  }, 30_000);
});
