// Loads the built main bundle (out/main/index.js) against a recording fake of 'electron' and checks
// its wiring: window options, the app:// protocol, the IPC sender check, events, menu and security
// handlers. Proves what can be proved without an Electron binary. Runs in Playwright's runner (Node).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNELS, GRANT_FILE_MESSAGE } from '../../electron/contract/channels';
import { createFakeElectron, fakeWebContents } from './fake-electron';

const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'out', 'main', 'index.js');
type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
type IpcHandler = (event: unknown, input: unknown) => Promise<{ ok: boolean; value?: Record<string, unknown> }>;

test.describe.configure({ mode: 'serial' });

let dataDir = '';
let fake: ReturnType<typeof createFakeElectron>;

test.beforeAll(async () => {
  test.skip(!existsSync(MAIN), 'out/main/index.js is missing: run `npm run build` first');
  dataDir = mkdtempSync(join(tmpdir(), 'hirebook-main-'));
  fake = createFakeElectron({ appPath: ROOT, userData: join(dataDir, 'ignored') });
  process.env.HIREBOOK_DATA_DIR = dataDir;
  delete process.env.ELECTRON_RENDERER_URL;
  const loader = Module as unknown as { _load: Load };
  const original = loader._load;
  loader._load = function load(request, parent, isMain) {
    return request === 'electron' ? fake.electron : original.call(this, request, parent, isMain);
  };
  try {
    createRequire(MAIN)(MAIN);
  } finally {
    loader._load = original;
  }
  // start() runs after whenReady(); wait until the window exists.
  await expect.poll(() => fake.recorded.windows.length).toBe(1);
});

test.afterAll(() => {
  fake?.electron.app.emit('will-quit');
  delete process.env.HIREBOOK_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

test('uses HIREBOOK_DATA_DIR as userData and registers app:// as a privileged scheme', () => {
  expect(fake.recorded.setPaths).toEqual([['userData', dataDir]]);
  expect(fake.recorded.schemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
});

test('opens one sandboxed, context-isolated window on app://hirebook', () => {
  const [win] = fake.recorded.windows;
  expect(win?.url).toBe('app://hirebook/index.html');
  const prefs = win?.options.webPreferences as Record<string, unknown>;
  expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  expect(prefs.preload).toBe(join(ROOT, 'out', 'preload', 'index.cjs'));
});

test('serves the renderer with the CSP and refuses paths outside it', async () => {
  const handler = fake.recorded.protocolHandlers.get('app');
  if (!handler) throw new Error('no app:// handler');
  const index = await handler(new Request('app://hirebook/index.html'));
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toContain('text/html');
  expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(await index.text()).toContain('<html');
  // URL parsing already folds /../ and %2e%2e (so they stay inside, and miss); encoded slashes reach our guard.
  expect((await handler(new Request('app://hirebook/%2e%2e/main/index.js'))).status).toBe(404);
  expect((await handler(new Request('app://hirebook/..%2fmain%2findex.js'))).status).toBe(403);
  expect((await handler(new Request('app://hirebook/assets/..%2f..%2fmain%2findex.js'))).status).toBe(403);
  expect((await handler(new Request('app://hirebook/no-such-file.js'))).status).toBe(404);
  expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
});

test('handles every channel, and only for the top frame of our own page', async () => {
  expect([...fake.recorded.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  const info = fake.recorded.ipcHandlers.get('app:info') as IpcHandler;
  const answer = await info(frame('app://hirebook/index.html'), {});
  expect(answer).toMatchObject({ ok: true, value: { runtime: 'electron', dataDir } });

  await expect(info(frame('https://evil.example/'), {})).rejects.toThrow(/Refused/);
  await expect(info(frame('app://hirebook/index.html', { url: 'app://hirebook/' }), {})).rejects.toThrow(/Refused/);
  await expect(info({ senderFrame: null }, {})).rejects.toThrow(/Refused/);
  await expect(info(frame('file:///etc/passwd'), {})).rejects.toThrow(/Refused/);
});

test('forwards core events to the windows', async () => {
  const create = fake.recorded.ipcHandlers.get('roles:create') as IpcHandler;
  const win = fake.recorded.windows[0];
  const created = await create(frame('app://hirebook/index.html'), { title: 'Barista' });
  expect(created.ok).toBe(true);
  expect(win?.webContents.sent).toContainEqual({ channel: 'data:changed', payload: { domain: 'roles', ids: [created.value?.id] } });
});

test('has File → New Role on CmdOrCtrl+N, which tells the renderer', () => {
  type Item = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const menu = fake.recorded.menuTemplate as Item[];
  expect(menu.map((m) => m.role ?? m.label)).toEqual(expect.arrayContaining(['&File', 'editMenu', 'viewMenu', 'windowMenu']));
  const newRole = menu.find((m) => m.label === '&File')?.submenu?.find((i) => i.label === 'New Role');
  expect(newRole?.accelerator).toBe('CmdOrCtrl+N');
  newRole?.click?.();
  expect(fake.recorded.windows[0]?.webContents.sent).toContainEqual({ channel: 'menu:new-role', payload: {} });
});

test('blocks network requests and permissions, navigation and new windows', () => {
  const results: unknown[] = [];
  const [beforeRequest] = fake.recorded.beforeRequest;
  beforeRequest?.({ url: 'https://example.com/' }, (r: unknown) => results.push(r));
  expect(results).toEqual([{ cancel: true }]);

  const [requestHandler] = fake.recorded.permissionRequest;
  const allowed: boolean[] = [];
  requestHandler?.(fakeWebContents(), 'media', (ok: boolean) => allowed.push(ok));
  requestHandler?.(fakeWebContents(), 'geolocation', (ok: boolean) => allowed.push(ok));
  requestHandler?.(fakeWebContents('https://evil.example/'), 'clipboard-sanitized-write', (ok: boolean) => allowed.push(ok));
  expect(allowed).toEqual([false, false, false]);

  const contents = fakeWebContents();
  fake.electron.app.emit('web-contents-created', {}, contents);
  let prevented = false;
  contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.com/jobs');
  expect(prevented).toBe(true);
  expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
  expect(contents.windowOpenHandler?.({ url: 'https://example.com/apply' })).toEqual({ action: 'deny' });
  expect(fake.recorded.opened).toEqual(['https://example.com/jobs', 'https://example.com/apply']);
});

test('app:choose-folder shows the folder dialog on the focused window and answers its choice', async () => {
  const choose = fake.recorded.ipcHandlers.get('app:choose-folder') as IpcHandler;
  const answer = await choose(frame('app://hirebook/index.html'), { title: 'Choose a folder for the careers page' });
  expect(answer).toEqual({ ok: true, value: { path: '/home/owner/Careers' } });
  const [shown] = fake.recorded.openDialogs;
  expect(shown?.parent).toBe(fake.electron.BrowserWindow.all[0]);
  expect(shown?.options).toMatchObject({ title: 'Choose a folder for the careers page', properties: ['openDirectory', 'createDirectory'] });

  fake.dialogAnswer.value = { canceled: true, filePaths: [] };
  expect(await choose(frame('app://hirebook/index.html'), { title: 'Again' })).toEqual({ ok: true, value: { path: null } });
});

test('writes exports only into a folder the folder dialog returned (the door requires grants)', async () => {
  const exportSite = fake.recorded.ipcHandlers.get('careers:export') as IpcHandler;
  const choose = fake.recorded.ipcHandlers.get('app:choose-folder') as IpcHandler;
  const page = frame('app://hirebook/index.html');
  const notChosen = join(dataDir, 'not-chosen');
  const refused = await exportSite(page, { outDir: notChosen });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Choose the folder with the folder button/) } });
  expect(existsSync(notChosen)).toBe(false);

  const chosen = join(dataDir, 'chosen');
  mkdirSync(chosen);
  fake.dialogAnswer.value = { canceled: false, filePaths: [chosen] };
  expect(await choose(page, { title: 'Choose a folder for the careers page' })).toEqual({ ok: true, value: { path: chosen } });
  expect(await exportSite(page, { outDir: chosen })).toMatchObject({ ok: true });
  expect(existsSync(join(chosen, 'index.html'))).toBe(true);
});

test('lets our page save blob: downloads (the save dialog) and cancels every other download', () => {
  const session = fake.electron.session.defaultSession;
  const outcome = (url: string, pageUrl: string): boolean => {
    let prevented = false;
    const item = { getURL: () => url };
    session.emit('will-download', { preventDefault: () => (prevented = true) }, item, fakeWebContents(pageUrl));
    return prevented;
  };
  expect(outcome('blob:app://hirebook/5b9c3f5e-2a8d-4f1e-9c0b-1d2e3f4a5b6c', 'app://hirebook/index.html')).toBe(false);
  expect(outcome('https://example.com/file.exe', 'app://hirebook/index.html')).toBe(true);
  expect(outcome('data:application/pdf;base64,JVBER', 'app://hirebook/index.html')).toBe(true);
  expect(outcome('blob:https://evil.example/5b9c3f5e', 'app://hirebook/index.html')).toBe(true);
  expect(outcome('blob:app://hirebook/5b9c3f5e', 'https://evil.example/')).toBe(true);
});

test('a file the preload resolved from the page may be read; a grant from another frame is refused', async () => {
  const grant = fake.recorded.ipcListeners.get(GRANT_FILE_MESSAGE);
  if (!grant) throw new Error(`no ${GRANT_FILE_MESSAGE} listener`);
  const parse = fake.recorded.ipcHandlers.get('jd:parse') as IpcHandler;
  const folder = mkdtempSync(join(tmpdir(), 'hirebook-grant-'));
  const trusted = join(folder, 'barista.md');
  const other = join(folder, 'other.md');
  writeFileSync(trusted, '# Barista\n\n## Duties\n\n- Pull shots\n');
  writeFileSync(other, '# Secret\n');
  try {
    // Before any grant, the app's core refuses the path (it requires grants).
    expect(await parse(frame('app://hirebook/index.html'), { path: trusted })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const fromPage = { ...frame('app://hirebook/index.html'), returnValue: undefined as unknown };
    await grant(fromPage, trusted);
    expect(fromPage.returnValue).toBe(true);
    expect(await parse(frame('app://hirebook/index.html'), { path: trusted })).toMatchObject({ ok: true, value: { parsed: { title: 'Barista' } } });

    const fromElsewhere = { ...frame('https://example.com/'), returnValue: undefined as unknown };
    await grant(fromElsewhere, other);
    expect(fromElsewhere.returnValue).toBe(false);
    const relative = { ...frame('app://hirebook/index.html'), returnValue: undefined as unknown };
    await grant(relative, 'other.md');
    expect(relative.returnValue).toBe(false);
    expect(await parse(frame('app://hirebook/index.html'), { path: other })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('app:choose-file shows the open dialog with the purpose\'s file types; what it returns may be read', async () => {
  const choose = fake.recorded.ipcHandlers.get('app:choose-file') as IpcHandler;
  const parse = fake.recorded.ipcHandlers.get('jd:parse') as IpcHandler;
  const folder = mkdtempSync(join(tmpdir(), 'hirebook-open-'));
  const file = join(folder, 'cook.md');
  writeFileSync(file, '# Line cook\n\n## Duties\n\n- Prep\n');
  try {
    fake.dialogAnswer.value = { canceled: false, filePaths: [file] };
    const answer = await choose(frame('app://hirebook/index.html'), { title: 'Open a job description', purpose: 'job-description' });
    expect(answer).toEqual({ ok: true, value: { paths: [file] } });
    expect(fake.recorded.openDialogs.at(-1)?.options).toMatchObject({
      title: 'Open a job description',
      properties: ['openFile'],
      filters: [{ name: 'Job descriptions', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] }],
    });
    expect(await parse(frame('app://hirebook/index.html'), { path: file })).toMatchObject({ ok: true, value: { parsed: { title: 'Line cook' } } });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
