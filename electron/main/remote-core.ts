// The shell's side of the core host (electron/core-host): a core that lives in another process, reached
// by messages. Requests keep their order and each resolves with the host's Result; the host's calls for
// dialogs, printing and reopening go to the shell's own services; when the host ends unexpectedly every
// waiting request is answered 'unavailable' (never left hanging) and the shell is told. No Electron
// import: the app passes a utility process, tests and the benchmark a Node child (node-host.ts).
import { err, type EventName, type Result } from '../contract';
import type { FromHost, HostOpenOptions, ShellService, ToHost } from '../core-host/host-protocol';
import type { PlatformServices } from '../core/platform-services';
import type { PdfPrinter } from '../core/postings/pdf-printer';

/** What the shell needs of a core: the in-process Core fits it too. */
export interface ShellCore {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  grantFile(file: string): void;
  /** Closes the database; resolves when it is closed (and, for a host, when the process has ended). */
  close(): Promise<void>;
  readonly databasePath: string;
}

/** A child process as the shell sees it: Electron's UtilityProcess and node-host.ts both fit. */
export interface HostProcess {
  postMessage(message: ToHost): void;
  onMessage(handler: (message: FromHost) => void): void;
  onExit(handler: (code: number) => void): void;
  kill(): void;
}

export interface RemoteCoreOptions {
  open: HostOpenOptions;
  onEvent(event: EventName, payload: unknown): void;
  /** Makes the PDF printer on the first print (Electron's printToPDF); absent: printing is unavailable. */
  printer?: () => PdfPrinter;
  platform: PlatformServices;
  log: { error(...args: unknown[]): void; warn(...args: unknown[]): void; info(...args: unknown[]): void };
  /** The host ended without being asked to (a crash): the shell starts a new one. */
  onUnexpectedExit(code: number): void;
  /** How long close() waits for the host to end before killing it (default 10 s). */
  closeTimeoutMs?: number;
}

/** Why the host could not open the data folder, with the core's code (open-core.ts explains it). */
export class HostOpenError extends Error {
  override readonly name = 'HostOpenError';
  constructor(readonly code: string | undefined, message: string) {
    super(message);
  }
}

export const HOST_STOPPED =
  "Hirebook's data service stopped unexpectedly and is starting again. What you just did may not have been saved: check it, then try again.";

/** Starts talking to a freshly started host: resolves once it opened the data folder, rejects with HostOpenError. */
export function connectRemoteCore(child: HostProcess, options: RemoteCoreOptions): Promise<ShellCore> {
  const answers = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let state: 'opening' | 'open' | 'closing' | 'ended' = 'opening';
  let printer: PdfPrinter | null = null;
  let ended: () => void = () => undefined;
  const exited = new Promise<void>((resolve) => (ended = resolve));

  const services: Record<ShellService, (...args: never[]) => unknown> = {
    print: (html: string, printOptions: Parameters<PdfPrinter['print']>[1]) => {
      if (!options.printer) throw Object.assign(new Error('Printing is not available here.'), { name: 'PrinterUnavailableError' });
      printer ??= options.printer();
      return printer.print(html, printOptions);
    },
    closePrinter: async () => {
      const open = printer;
      printer = null;
      await open?.close();
    },
    chooseFolder: (input: { title: string }) => options.platform.chooseFolder(input),
    chooseFiles: (input: Parameters<PlatformServices['chooseFiles']>[0]) => options.platform.chooseFiles(input),
    printHtml: (html: string, printOptions: { paperSize: 'a4' | 'letter' }) => {
      if (!options.platform.printHtml) throw new Error('Printing is not available here.');
      return options.platform.printHtml(html, printOptions);
    },
    reopen: () => options.platform.reopen?.(),
    setTheme: (choice: Parameters<NonNullable<PlatformServices['setTheme']>>[0]) => options.platform.setTheme?.(choice),
    setMenuState: (state: Parameters<NonNullable<PlatformServices['setMenuState']>>[0]) => options.platform.setMenuState?.(state),
    setReminders: (on: boolean) => options.platform.setReminders?.(on),
  };

  const answerCall = (id: number, service: ShellService, args: unknown[]): void => {
    const run = services[service] as ((...a: unknown[]) => unknown) | undefined;
    Promise.resolve()
      .then(() => {
        if (!run) throw new Error(`Unknown shell service: ${String(service)}`);
        return run(...args);
      })
      .then(
        (value) => post({ type: 'reply', id, ok: true, value }),
        (error: unknown) => {
          const failure = error instanceof Error ? error : new Error(String(error));
          post({ type: 'reply', id, ok: false, name: failure.name, message: failure.message });
        },
      );
  };

  const post = (message: ToHost): void => {
    if (state !== 'ended') child.postMessage(message);
  };

  return new Promise<ShellCore>((resolve, reject) => {
    const core: ShellCore = {
      databasePath: '',
      dispatch(channel, input) {
        if (state !== 'open') return Promise.resolve(err('unavailable', state === 'ended' ? HOST_STOPPED : 'Hirebook is closing its data folder; try again in a moment.'));
        const id = nextId++;
        return new Promise((answer) => {
          answers.set(id, answer);
          post({ type: 'dispatch', id, channel, input });
        });
      },
      grantFile(file) {
        post({ type: 'grant', file });
      },
      async close() {
        if (state === 'ended') return;
        state = 'closing';
        post({ type: 'close' });
        const timer = setTimeout(() => {
          options.log.warn('The data service did not close in time; stopping it');
          child.kill();
        }, options.closeTimeoutMs ?? 10_000);
        await exited;
        clearTimeout(timer);
      },
    };

    child.onMessage((message) => {
      switch (message.type) {
        case 'opened':
          state = 'open';
          resolve(Object.assign(core, { databasePath: message.databasePath }));
          return;
        case 'open-failed':
          state = 'closing';
          post({ type: 'close' });
          reject(new HostOpenError(message.code, message.message));
          return;
        case 'answer': {
          const answer = answers.get(message.id);
          answers.delete(message.id);
          answer?.(message.result);
          return;
        }
        case 'event':
          options.onEvent(message.event, message.payload);
          return;
        case 'call':
          answerCall(message.id, message.service, message.args);
          return;
        case 'log':
          options.log[message.level](`[data service] ${message.text}`);
          return;
        case 'closed':
          return;
      }
    });

    child.onExit((code) => {
      const expected = state === 'closing';
      const wasOpening = state === 'opening';
      state = 'ended';
      for (const answer of answers.values()) answer(err('unavailable', HOST_STOPPED));
      answers.clear();
      // The shell's printer outlives no host.
      Promise.resolve(services.closePrinter()).catch((error: unknown) => options.log.warn('Could not close the PDF printer', error));
      ended();
      if (wasOpening) reject(new HostOpenError(undefined, `The data service stopped while opening (exit code ${code}).`));
      else if (!expected) options.onUnexpectedExit(code);
    });

    post({ type: 'open', options: options.open });
  });
}
