// The core host: the process that owns the database in the desktop app. Electron starts it as a utility
// process (open-core.ts), so the main process's thread only routes messages and its small heap never
// stalls the windows while the core works or collects garbage. Tests and the benchmark start the same file
// with Node's child_process.fork. It opens the core on the shell's 'open' message, answers requests in
// order, pushes the core's events, and asks the shell (host-protocol.ts) for dialogs, printing and
// reopening. No Electron import: it runs wherever Node runs.
import { createCore, type Core } from '../core/create-core';
import { bundledWorkers } from '../core/core-workers';
import type { PlatformServices } from '../core/platform-services';
import { PrinterUnavailableError, type PdfPrinter, type PrintOptions, type PrintResult } from '../core/postings/pdf-printer';
import { err, type FilePurpose, type MenuStateInput, type PaperSize, type ThemeChoice } from '../contract';
import { logText, type FromHost, type HostOpenOptions, type ShellService, type ToHost } from './host-protocol';

interface Port {
  post(message: FromHost): void;
  listen(handler: (message: ToHost) => void): void;
  /** The shell went away (child_process only: a utility process ends with its parent). */
  onGone(handler: () => void): void;
}

interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', handler: (event: { data: unknown }) => void): void;
}

/** Electron's process.parentPort in a utility process; Node's IPC channel under child_process.fork. */
function shellPort(): Port {
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      post: (message) => electronPort.postMessage(message),
      listen: (handler) => electronPort.on('message', (event) => handler(event.data as ToHost)),
      onGone: () => undefined,
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The core host must be started by Hirebook (a utility process or child_process.fork).');
  return {
    post: (message) => void (process.connected && send(message)),
    listen: (handler) => void process.on('message', (message) => handler(message as ToHost)),
    onGone: (handler) => void process.once('disconnect', handler),
  };
}

const port = shellPort();
const calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
let nextCall = 1;
let core: Core | null = null;
let closing: Promise<void> | null = null;

/** Asks the shell for one of its services; rejects with the shell's error (its name kept, for the printer). */
function call<T>(service: ShellService, ...args: unknown[]): Promise<T> {
  const id = nextCall++;
  return new Promise<T>((resolve, reject) => {
    calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
    port.post({ type: 'call', id, service, args });
  });
}

function replied(message: Extract<ToHost, { type: 'reply' }>): void {
  const pending = calls.get(message.id);
  if (!pending) return;
  calls.delete(message.id);
  if (message.ok) pending.resolve(message.value);
  else if (message.name === 'PrinterUnavailableError') pending.reject(new PrinterUnavailableError(message.message));
  else pending.reject(Object.assign(new Error(message.message), { name: message.name }));
}

const printer: PdfPrinter = {
  print: (html: string, options: PrintOptions) => call<PrintResult>('print', html, options),
  close: () => call<void>('closePrinter'),
};

const platform: PlatformServices = {
  chooseFolder: (input: { title: string }) => call<string | null>('chooseFolder', input),
  chooseFiles: (input: { title: string; purpose: FilePurpose; multiple: boolean }) => call<string[]>('chooseFiles', input),
  printHtml: (html: string, options: { paperSize: PaperSize }) => call<boolean>('printHtml', html, options),
  reopen: () => void call('reopen').catch(() => undefined),
  setTheme: (choice: ThemeChoice) => void call('setTheme', choice).catch(() => undefined),
  setMenuState: (state: MenuStateInput) => void call('setMenuState', state).catch(() => undefined),
  setReminders: (on: boolean) => void call('setReminders', on).catch(() => undefined),
};

const log = (level: 'error' | 'warn' | 'info') => (...args: unknown[]) => port.post({ type: 'log', level, text: logText(args) });

function open(options: HostOpenOptions): void {
  try {
    core = createCore({
      dataDir: options.dataDir,
      runtime: 'electron',
      appVersion: options.appVersion,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      // csv-import-worker.js, backup-worker.js … sit beside this bundle in out/main.
      workers: bundledWorkers(__dirname),
      onEvent: (event, payload) => port.post({ type: 'event', event, payload }),
      // The printer lives in the shell (Electron's printToPDF); it starts there on the first print.
      printer: () => printer,
      platform,
      // Requests may name only files and folders the owner picked in a dialog or dropped on the window
      // (path-grants.ts); the shell forwards each grant before the request that uses it.
      requireGrants: true,
      logger: { error: log('error'), warn: log('warn'), info: log('info') },
    });
    port.post({ type: 'opened', databasePath: core.databasePath });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    port.post({ type: 'open-failed', code, message: error instanceof Error ? error.message : String(error) });
  }
}

/** Closes the database (and asks the shell to close its printer), then leaves. */
function close(): Promise<void> {
  closing ??= (async () => {
    try {
      await core?.close();
    } catch (error) {
      log('warn')('Could not close the core cleanly', error);
    }
    port.post({ type: 'closed' });
    // Let the last message leave before the process ends.
    setTimeout(() => process.exit(0), 20);
  })();
  return closing;
}

port.listen((message) => {
  switch (message.type) {
    case 'open':
      open(message.options);
      return;
    case 'dispatch': {
      const { id, channel, input } = message;
      if (!core || closing) {
        port.post({ type: 'answer', id, result: err('unavailable', 'Hirebook is closing its data folder; try again in a moment.') });
        return;
      }
      // dispatch never rejects: every failure is an ok:false Result.
      void core.dispatch(channel, input).then((result) => port.post({ type: 'answer', id, result }));
      return;
    }
    case 'grant':
      core?.grantFile(message.file);
      return;
    case 'reply':
      replied(message);
      return;
    case 'close':
      void close();
      return;
  }
});

port.onGone(() => void close());
process.on('uncaughtException', (error) => {
  log('error')('The core host stopped on an unexpected error', error);
  setTimeout(() => process.exit(70), 20);
});
