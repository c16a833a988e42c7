// The streams and exit codes the CLI works with, so commands can be driven in-process by tests.
// Runs in plain Node (the `hirebook` command).
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** `hirebook check`: the data file is damaged (refused at open, or a check found damage). */
export const EXIT_DAMAGED = 3;

/** A mistake in how the command was called: reported with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command ran but could not do its job (database refused, domain error): exit code 1 unless given. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';

  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** Writes text and waits when the pipe is full, so large outputs never pile up in memory. */
export function write(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (): void => {
      stream.off('error', fail);
      resolve();
    };
    const fail = (error: Error): void => {
      stream.off('drain', done);
      reject(error);
    };
    stream.once('drain', done);
    stream.once('error', fail);
  });
}
