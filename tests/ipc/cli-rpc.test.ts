// `hirebook rpc` and `rpc --list` through the real CLI bundle: NDJSON in, one ordered answer per
// request out, malformed lines answered without ending the stream. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../electron/contract';
import { cliTimeout, parseResponses, RpcSession, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
const dataDir = (): string => cli.tempDir();

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

describe('hirebook rpc', () => {
  it('answers every request once, in order, with its id', async () => {
    const titles = Array.from({ length: 30 }, (_, i) => `Role ${String(i).padStart(2, '0')}`);
    const requests = [
      ...titles.map((title, i) => ({ id: i + 1, channel: 'roles:create', input: { title } })),
      { id: 'list', channel: 'roles:list', input: { sort: 'title', direction: 'asc' } },
      { id: 'info', channel: 'app:info', input: {} },
    ];
    const dir = dataDir();
    const run = await cli.run(['--data-dir', dir, 'rpc'], requests.map(line).join(''));

    expect(run.code).toBe(0);
    const responses = parseResponses(run.stdout);
    expect(responses.map((r) => r.id)).toEqual(requests.map((r) => r.id));
    expect(responses.every((r) => r.ok)).toBe(true);
    const created = responses.slice(0, titles.length).map((r) => (r.value as { title: string }).title);
    expect(created).toEqual(titles);
    const list = responses[titles.length]?.value as { roles: { title: string }[]; total: number };
    expect(list.total).toBe(titles.length);
    expect(list.roles.map((r) => r.title)).toEqual(titles);
    expect((responses.at(-1)?.value as { dataDir: string; runtime: string }).runtime).toBe('node');
  }, cliTimeout(2));

  it('answers malformed lines with ok:false and keeps going', async () => {
    const input = [
      'this is not json\n',
      '[1,2,3]\n',
      '42\n',
      '\n', // blank lines are skipped, not answered
      line({ id: 7, input: {} }), // no channel: the id is still readable
      line({ id: { nested: true }, channel: 'roles:list', input: {} }), // an id of the wrong type
      '{"id": 8, "channel": "roles:list", "input": {}\n', // truncated JSON
      line({ id: 9, channel: 'roles:list', input: {} }),
    ].join('');
    const run = await cli.run(['--data-dir', dataDir(), 'rpc'], input);

    expect(run.code).toBe(0);
    const responses = parseResponses(run.stdout);
    expect(responses.map((r) => [r.id, r.ok])).toEqual([
      [null, false],
      [null, false],
      [null, false],
      [7, false],
      [null, false],
      [null, false],
      [9, true],
    ]);
    for (const response of responses.slice(0, 6)) expect(response.error?.code).toBe('invalid_input');
    expect(responses[3]?.error?.message).toMatch(/channel/);
  }, cliTimeout(1));

  it('reports invalid input per field, and unknown channels, without ending the stream', async () => {
    const input = [
      line({ id: 1, channel: 'roles:create', input: { title: '', salaryMin: 90, salaryMax: 10 } }),
      line({ id: 2, channel: 'roles:get', input: { id: 'not-a-uuid' } }),
      line({ id: 3, channel: 'roles:explode', input: {} }),
      line({ id: 4, channel: 'roles:get', input: { id: '00000000-0000-4000-8000-000000000000' } }),
      line({ id: 5, channel: 'roles:list' }), // absent input means {}
    ].join('');
    const run = await cli.run(['--data-dir', dataDir(), 'rpc'], input);
    const [create, get, unknown, missing, list] = parseResponses(run.stdout);

    expect(create?.error?.code).toBe('invalid_input');
    const paths = (create?.error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'salaryMax']));
    expect(get?.error?.code).toBe('invalid_input');
    expect(unknown?.error?.code).toBe('unknown_channel');
    expect(missing?.error?.code).toBe('not_found');
    expect(list?.ok).toBe(true);
  }, cliTimeout(1));

  it('answers each line as it arrives (interactive use), then exits 0 at end of input', async () => {
    const session = new RpcSession(cli.bundle(), dataDir());
    const created = await session.call(1, 'roles:create', { title: 'Line cook', status: 'open' });
    expect(created.ok).toBe(true);
    const id = (created.value as { id: string }).id;
    const fetched = await session.call(2, 'roles:get', { id });
    expect(fetched).toMatchObject({ id: 2, ok: true, value: { id, title: 'Line cook', status: 'open' } });
    const { code, stderr } = await session.close();
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, cliTimeout(1));
});

describe('hirebook rpc --list', () => {
  it('lists every channel with its doc and input/output JSON Schema, and every event', async () => {
    const run = await cli.run(['rpc', '--list']);
    expect(run.code).toBe(0);
    const listing = JSON.parse(run.stdout) as {
      channels: { channel: string; doc: string; input: { type?: string; anyOf?: { type?: string }[] }; output: { type?: string } }[];
      events: { event: string; payload: { type?: string } }[];
    };
    expect(listing.channels.map((c) => c.channel)).toEqual([...CHANNELS]);
    for (const channel of listing.channels) {
      expect(channel.doc.length, channel.channel).toBeGreaterThan(5);
      // An input is an object, or a choice of objects (jd:parse takes text or a file).
      const inputTypes = channel.input.anyOf ? channel.input.anyOf.map((option) => option.type) : [channel.input.type];
      expect(new Set(inputTypes), channel.channel).toEqual(new Set(['object']));
      expect(channel.output.type, channel.channel).toBe('object');
    }
    expect(listing.events.map((e) => e.event)).toEqual([...EVENTS]);
    const create = listing.channels.find((c) => c.channel === 'roles:create')?.input as {
      properties: Record<string, unknown>;
      required?: string[];
    };
    expect(Object.keys(create.properties)).toEqual(expect.arrayContaining(['title', 'status', 'salaryMin']));
    expect(create.required).toEqual(['title']);
  }, cliTimeout(1));
});
