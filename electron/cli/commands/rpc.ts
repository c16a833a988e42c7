// `hirebook rpc`: the whole contract over NDJSON. One request per stdin line, one response per
// line on stdout, strictly in order, each carrying the request's id; a request marked "background": true
// (a long import) is answered when it finishes while later lines are served. Runs in plain Node.
import { createInterface } from 'node:readline';
import { err, type ApiErrorBody, type Result } from '../../contract';
import type { Core } from '../../core/create-core';
import { write, type CliIo } from '../io';

export type RpcId = string | number | null;

export type RpcResponse =
  | { id: RpcId; ok: true; value: unknown }
  | { id: RpcId; ok: false; error: ApiErrorBody };

/** A line that could be read as a request, or the response it gets without reaching the core. */
type Parsed =
  | { kind: 'request'; id: RpcId; channel: string; input: unknown; background: boolean }
  | { kind: 'reject'; response: RpcResponse };

function reject(id: RpcId, message: string): Parsed {
  return { kind: 'reject', response: { id, ...err('invalid_input', message) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one NDJSON line. Pure; exported for tests. */
export function parseRequestLine(line: string, lineNumber: number): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    const why = error instanceof Error ? error.message : 'parse error';
    return reject(null, `Line ${lineNumber} is not valid JSON (${why}).`);
  }
  if (!isRecord(raw)) return reject(null, `Line ${lineNumber} must be a JSON object like {"id":1,"channel":"roles:list","input":{}}.`);
  const rawId = raw.id;
  const idReadable = rawId === undefined || rawId === null || typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId));
  const id: RpcId = idReadable && rawId !== undefined ? (rawId as RpcId) : null;
  if (!idReadable) return reject(null, `Line ${lineNumber}: "id" must be a string, a number or null.`);
  if (typeof raw.channel !== 'string' || raw.channel === '') {
    return reject(id, `Line ${lineNumber}: every request needs a "channel" string, e.g. "roles:list".`);
  }
  if (raw.background !== undefined && typeof raw.background !== 'boolean') {
    return reject(id, `Line ${lineNumber}: "background" must be true or false.`);
  }
  // An absent input means "no arguments": the same as {}.
  return { kind: 'request', id, channel: raw.channel, input: raw.input === undefined ? {} : raw.input, background: raw.background === true };
}

async function answer(core: Core, parsed: Parsed): Promise<RpcResponse> {
  if (parsed.kind === 'reject') return parsed.response;
  let result: Result<unknown>;
  try {
    result = await core.dispatch(parsed.channel, parsed.input);
  } catch {
    // dispatch promises never to reject; if it ever does, the stream must still go on.
    result = err('internal', 'Something went wrong inside Hirebook.');
  }
  return result.ok
    ? { id: parsed.id, ok: true, value: result.value }
    : { id: parsed.id, ok: false, error: result.error };
}

/**
 * Serves requests until stdin ends. Blank lines are skipped; everything else gets exactly one answer.
 * A background request does not hold up the lines after it (so candidates:import-cancel can reach an
 * import); its answer comes when it finishes, and the command ends only after every answer is written.
 */
export async function rpc(core: Core, io: CliIo): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  const running = new Set<Promise<void>>();
  let lineNumber = 0;
  // `for await` reads the next line only after this one is answered: responses stay in request order.
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseRequestLine(line, lineNumber);
    const respond = async (): Promise<void> => write(io.stdout, `${JSON.stringify(await answer(core, parsed))}\n`);
    if (parsed.kind === 'request' && parsed.background) {
      const job = respond().finally(() => running.delete(job));
      running.add(job);
    } else {
      await respond();
    }
  }
  await Promise.all(running);
}
