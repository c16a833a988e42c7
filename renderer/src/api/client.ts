// Renderer: the only file that touches window.hirebook. Typed calls over the contract; errors become ApiError.
// Only the domain modules (renderer/src/stores/, *-actions.ts) import call and onEvent (eslint.config.mjs).
import {
  contract,
  isEventName,
  type ApiErrorBody,
  type Channel,
  type ErrorCode,
  type EventName,
  type EventPayload,
  type FieldIssue,
  type Input,
  type Output,
} from '../../../electron/contract';
import type { HirebookBridge } from '../../../electron/contract/bridge';

declare global {
  interface Window {
    hirebook?: HirebookBridge;
  }
}

/** A refused call: the contract's error code, a message fit for a person, and per-field issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
  }
}

function bridge(): HirebookBridge {
  const b = window.hirebook;
  if (!b) {
    throw new ApiError({ code: 'internal', message: 'Hirebook could not reach its data. Please restart the app.' });
  }
  return b;
}

const damageListeners = new Set<() => void>();

/** Calls `listener` whenever a call answers `damaged` (the data file met damage); returns a function that stops it. */
export function onDamagedAnswer(listener: () => void): () => void {
  damageListeners.add(listener);
  return () => damageListeners.delete(listener);
}

/** Calls a channel; resolves with its output or throws ApiError. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await bridge().invoke(channel, input);
  if (!result.ok) {
    if (result.error.code === 'damaged') for (const listener of [...damageListeners]) listener();
    throw new ApiError(result.error);
  }
  // The core validates inputs against the contract, not outputs: the answer's type is taken on trust. In
  // development builds (npm run dev) it is checked against the contract's output schema, and a mismatch logged.
  if (import.meta.env.DEV) checkOutput(channel, result.value);
  return result.value as Output<C>;
}

function checkOutput(channel: Channel, value: unknown): void {
  const checked = contract[channel].output.safeParse(value);
  if (!checked.success) console.error(`Hirebook: the answer to ${channel} does not match the contract`, checked.error.issues);
}

/**
 * The path of a file the owner dropped or chose (the core reads it; bytes never cross IPC). Throws a
 * plain-words ApiError when the item has no file on disk behind it (e.g. an attachment dragged out of a
 * mail app that only offers its bytes).
 */
export function pathOf(file: File): string {
  const path = bridge().pathForFile(file);
  if (!path) {
    throw new ApiError({
      code: 'invalid_input',
      message: `Hirebook cannot read “${file.name}” from there. Save it to a folder first, then add it from that folder.`,
    });
  }
  return path;
}

/** Listens to a push event from the contract; returns a function that stops listening. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, (payload) => listener(payload as EventPayload<E>));
}

/**
 * Calls a channel that runs a job (an import, an intake, a batch of PDFs), handing the progress events of
 * this job (`jobId`) to `onProgress` until it answers.
 */
export async function callJob<C extends Channel, E extends EventName>(
  channel: C,
  event: E,
  input: Input<C> & { jobId: string },
  onProgress: (progress: EventPayload<E>) => void,
): Promise<Output<C>> {
  const stop = onEvent(event, (progress) => {
    if ((progress as { jobId?: unknown }).jobId === input.jobId) onProgress(progress);
  });
  try {
    return await call(channel, input);
  } finally {
    stop();
  }
}

/**
 * Listens to an event that may not exist in this build of the contract (e.g. a menu command
 * added later); does nothing when the name is unknown.
 */
export function onOptionalEvent(event: string, listener: () => void): () => void {
  if (!isEventName(event) || !window.hirebook) return () => undefined;
  return window.hirebook.on(event, () => listener());
}

/** A message fit for a toast, for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
