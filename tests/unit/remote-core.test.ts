// The shell's side of the data service (electron/main/remote-core.ts) against a scripted host: answers
// find their requests, an open failure keeps the core's code for the dialog, the host's calls reach the
// shell's printer and dialogs (a missing printer comes back as PrinterUnavailableError, which the core
// reports as 'unavailable'), and a host that dies answers every waiting request. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import type { FromHost, ToHost } from '../../electron/core-host/host-protocol';
import { connectRemoteCore, HOST_STOPPED, HostOpenError, type HostProcess, type RemoteCoreOptions } from '../../electron/main/remote-core';

function scriptedHost() {
  const sent: ToHost[] = [];
  let deliver: (message: FromHost) => void = () => undefined;
  let exit: (code: number) => void = () => undefined;
  let killed = 0;
  const host: HostProcess = {
    postMessage: (message) => void sent.push(message),
    onMessage: (handler) => void (deliver = handler),
    onExit: (handler) => void (exit = handler),
    kill: () => void (killed += 1),
  };
  return { host, sent, from: (message: FromHost) => deliver(message), exit: (code: number) => exit(code), killed: () => killed };
}

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };

function options(overrides: Partial<RemoteCoreOptions> = {}): RemoteCoreOptions {
  return {
    open: { dataDir: '/data', appVersion: '1.2.3' },
    onEvent: () => undefined,
    platform: { chooseFolder: () => Promise.resolve('/picked'), chooseFiles: () => Promise.resolve([]) },
    log: silent,
    onUnexpectedExit: () => undefined,
    ...overrides,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the remote core', () => {
  it('asks the host to open, then matches answers to requests whatever their order', async () => {
    const h = scriptedHost();
    const connecting = connectRemoteCore(h.host, options());
    expect(h.sent).toEqual([{ type: 'open', options: { dataDir: '/data', appVersion: '1.2.3' } }]);
    h.from({ type: 'opened', databasePath: '/data/hirebook.db' });
    const core = await connecting;
    expect(core.databasePath).toBe('/data/hirebook.db');

    const first = core.dispatch('roles:list', {});
    const second = core.dispatch('app:info', {});
    core.grantFile('/home/owner/cv.pdf');
    expect(h.sent.slice(1)).toEqual([
      { type: 'dispatch', id: 1, channel: 'roles:list', input: {} },
      { type: 'dispatch', id: 2, channel: 'app:info', input: {} },
      { type: 'grant', file: '/home/owner/cv.pdf' },
    ]);
    h.from({ type: 'answer', id: 2, result: { ok: true, value: 'info' } });
    h.from({ type: 'answer', id: 1, result: { ok: true, value: 'roles' } });
    expect(await first).toEqual({ ok: true, value: 'roles' });
    expect(await second).toEqual({ ok: true, value: 'info' });
  });

  it("rejects with the core's own code when the data folder cannot be opened", async () => {
    const h = scriptedHost();
    const connecting = connectRemoteCore(h.host, options());
    h.from({ type: 'open-failed', code: 'database_too_new', message: 'newer' });
    const failure = await connecting.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostOpenError);
    expect(failure).toMatchObject({ code: 'database_too_new', message: 'newer' });
    // The host is told to leave.
    expect(h.sent.at(-1)).toEqual({ type: 'close' });
  });

  it("answers the host's calls with the shell's services, and says a missing printer by name", async () => {
    const h = scriptedHost();
    const printed: string[] = [];
    const connecting = connectRemoteCore(h.host, options());
    h.from({ type: 'opened', databasePath: '/d' });
    await connecting;
    h.from({ type: 'call', id: 7, service: 'chooseFolder', args: [{ title: 'Where?' }] });
    h.from({ type: 'call', id: 8, service: 'print', args: ['<p>x</p>', { paperSize: 'a4' }] });
    await tick();
    expect(h.sent).toContainEqual({ type: 'reply', id: 7, ok: true, value: '/picked' });
    expect(h.sent).toContainEqual({ type: 'reply', id: 8, ok: false, name: 'PrinterUnavailableError', message: 'Printing is not available here.' });

    const withPrinter = scriptedHost();
    let started = 0;
    const connecting2 = connectRemoteCore(
      withPrinter.host,
      options({
        printer: () => {
          started += 1;
          return { print: (html) => (printed.push(html), Promise.resolve({ pdf: new Uint8Array([37, 80]), pages: 1 })), close: () => Promise.resolve() };
        },
      }),
    );
    withPrinter.from({ type: 'opened', databasePath: '/d' });
    await connecting2;
    withPrinter.from({ type: 'call', id: 1, service: 'print', args: ['<p>a</p>', { paperSize: 'a4' }] });
    withPrinter.from({ type: 'call', id: 2, service: 'print', args: ['<p>b</p>', { paperSize: 'a4' }] });
    await tick();
    expect(printed).toEqual(['<p>a</p>', '<p>b</p>']);
    // Started on the first print, once.
    expect(started).toBe(1);
    expect(withPrinter.sent).toContainEqual({ type: 'reply', id: 1, ok: true, value: { pdf: new Uint8Array([37, 80]), pages: 1 } });
  });

  it('answers every waiting request when the host dies, tells the shell, and refuses new requests plainly', async () => {
    const h = scriptedHost();
    const stops: number[] = [];
    const connecting = connectRemoteCore(h.host, options({ onUnexpectedExit: (code) => void stops.push(code) }));
    h.from({ type: 'opened', databasePath: '/d' });
    const core = await connecting;
    const waiting = core.dispatch('candidates:list', {});
    h.exit(137);
    expect(await waiting).toEqual({ ok: false, error: { code: 'unavailable', message: HOST_STOPPED } });
    expect(stops).toEqual([137]);
    expect(await core.dispatch('roles:list', {})).toEqual({ ok: false, error: { code: 'unavailable', message: HOST_STOPPED } });
  });

  it('close asks the host to close, waits for it to end, and is not a crash', async () => {
    const h = scriptedHost();
    const stops: number[] = [];
    const connecting = connectRemoteCore(h.host, options({ onUnexpectedExit: (code) => void stops.push(code), closeTimeoutMs: 50 }));
    h.from({ type: 'opened', databasePath: '/d' });
    const core = await connecting;
    let closed = false;
    const closing = core.close().then(() => (closed = true));
    expect(h.sent.at(-1)).toEqual({ type: 'close' });
    await tick();
    expect(closed).toBe(false);
    // A host that does not end in time is stopped.
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(h.killed()).toBe(1);
    h.exit(0);
    await closing;
    expect(stops).toEqual([]);
  });
});
