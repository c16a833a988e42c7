// Loads the built main bundle (out/main/index.js) against a recording fake of 'electron' and checks
// its wiring: window options, the app:// protocol, the IPC sender check, events, menu and security
// handlers. Proves what can be proved without an Electron binary. Runs in Playwright's runner (Node).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // Where the window was last closed: on the monitor to the laptop's right, maximised.
  writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify({ bounds: { x: 1800, y: 120, width: 1500, height: 1000 }, maximized: true }));
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
  fake?.electron.app.emit('will-quit', { preventDefault: () => undefined });
  delete process.env.HIREBOOK_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
const page = () => frame('app://hirebook/index.html');
const handler = (channel: string) => fake.recorded.ipcHandlers.get(channel) as IpcHandler;
/** The automatic archives in the data folder's backups/. */
const autoArchives = (): string[] => {
  const folder = join(dataDir, 'backups');
  return existsSync(folder) ? readdirSync(folder).filter((name) => /^auto-.*\.hirebook-backup$/.test(name)).sort() : [];
};
type MenuItem = { id?: string; label?: string; role?: string; type?: string; accelerator?: string; click?: () => void; submenu?: MenuItem[] };

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
  // Small enough for a 1024×640 screen with the system's bars.
  expect(win?.options).toMatchObject({ minWidth: 960, minHeight: 600 });
});

test('opens the window where it was last closed, and remembers where it is when it closes', () => {
  const [win] = fake.recorded.windows;
  expect(win?.options).toMatchObject({ x: 1800, y: 120, width: 1500, height: 1000 });
  const instance = fake.electron.BrowserWindow.all[0];
  instance?.emit('ready-to-show');
  expect(instance?.isMaximized()).toBe(true);
  instance?.emit('close', { preventDefault: () => undefined });
  expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({ bounds: { x: 1800, y: 120, width: 1500, height: 1000 }, maximized: true });
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

test("app:set-theme makes Electron's own menus and title bar follow the owner's colour theme", async () => {
  const native = fake.electron.nativeTheme;
  expect(native.themeSource).toBe('system');
  expect(await handler('app:set-theme')(page(), { choice: 'dark' })).toEqual({ ok: true, value: { applied: true } });
  expect(native.themeSource).toBe('dark');
  // A choice outside the three is refused and changes nothing.
  expect(await handler('app:set-theme')(page(), { choice: 'sepia' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(native.themeSource).toBe('dark');
  expect(await handler('app:set-theme')(page(), { choice: 'system' })).toEqual({ ok: true, value: { applied: true } });
  expect(native.themeSource).toBe('system');
});

test('forwards core events to the windows', async () => {
  const create = fake.recorded.ipcHandlers.get('roles:create') as IpcHandler;
  const win = fake.recorded.windows[0];
  const created = await create(frame('app://hirebook/index.html'), { title: 'Barista' });
  expect(created.ok).toBe(true);
  expect(win?.webContents.sent).toContainEqual({ channel: 'data:changed', payload: { domain: 'roles', ids: [created.value?.id] } });
});

test('has File → New on CmdOrCtrl+N, which tells the renderer', () => {
  type Item = { label?: string; role?: string; type?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const menu = fake.recorded.menuTemplate as Item[];
  expect(menu.map((m) => m.role ?? m.label)).toEqual(expect.arrayContaining(['&File', 'editMenu', '&View', 'windowMenu']));
  // In development (the fake is not packaged) View has Reload and the developer tools; a packaged build has
  // neither (tests/unit/app-menu.test.ts).
  const view = menu.find((m) => m.label === '&View')?.submenu?.map((i) => i.role ?? i.type);
  expect(view).toEqual(['reload', 'forceReload', 'toggleDevTools', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen', 'separator', undefined]);
  const newItem = menu.find((m) => m.label === '&File')?.submenu?.find((i) => i.label === 'New');
  expect(newItem?.accelerator).toBe('CmdOrCtrl+N');
  newItem?.click?.();
  expect(fake.recorded.windows[0]?.webContents.sent).toContainEqual({ channel: 'menu:new', payload: {} });
});

test('has the whole File menu, whose commands tell the renderer; Help keeps Show Data Folder and shows About with the version', async () => {
  const menu = fake.recorded.menuTemplate as MenuItem[];
  const file = menu.find((m) => m.label === '&File')?.submenu ?? [];
  expect(file.map((i) => i.label ?? i.type ?? i.role)).toEqual([
    'New', 'New Role', 'New Candidate', 'separator', 'Import Job Description…', 'Import Candidates…', 'separator',
    'Back Up Now…', 'Restore from a Backup…', 'separator', 'Export Careers Page…', 'Print…', 'separator',
    process.platform === 'darwin' ? 'close' : 'quit',
  ]);
  const sent = fake.recorded.windows[0]?.webContents.sent ?? [];
  const before = sent.length;
  for (const item of file.filter((i) => i.id !== undefined && i.id !== 'new')) item.click?.();
  expect(sent.slice(before).map((s) => s.channel)).toEqual([
    'menu:new-role', 'menu:new-candidate', 'menu:import-jd', 'menu:import-candidates', 'menu:backup', 'menu:restore', 'menu:export-careers', 'menu:print',
  ]);
  // Still one window: the commands focus it rather than open another.
  expect(fake.recorded.windows).toHaveLength(1);
  const help = menu.find((m) => m.role === 'help')?.submenu ?? [];
  expect(help.map((i) => i.label ?? i.type)).toEqual(
    process.platform === 'darwin' ? ['Keyboard Shortcuts', 'Show Data Folder'] : ['Keyboard Shortcuts', 'Show Data Folder', 'separator', 'About Hirebook'],
  );
  const shown = sent.length;
  help[0]?.click?.();
  expect(sent.slice(shown)).toEqual([{ channel: 'menu:shortcuts', payload: {} }]);
  help.find((i) => i.label === 'About Hirebook')?.click?.();
  await expect.poll(() => fake.recorded.messageBoxes.at(-1)?.message).toBe('Hirebook 0.0.0-test');
});

test('app:menu-state from the page greys out the commands the screen does not allow and ticks the theme', async () => {
  type Flags = { id?: string; enabled?: boolean; checked?: boolean; submenu?: Flags[] };
  const flat = (items: Flags[]): Flags[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  const items = () => flat(fake.recorded.menuTemplate as Flags[]);
  const state = handler('app:menu-state');
  expect(await state(page(), { enabled: ['today', 'find'], theme: 'dark' })).toEqual({ ok: true, value: { applied: true } });
  const item = (id: string) => items().find((i) => i.id === id);
  await expect.poll(() => item('print')?.enabled).toBe(false);
  expect([item('today')?.enabled, item('find')?.enabled, item('newRole')?.enabled]).toEqual([true, true, false]);
  expect(item('themeDark')?.checked).toBe(true);
  // A command not on the list is refused and changes nothing.
  expect(await state(page(), { enabled: ['format-disk'], theme: 'light' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(item('today')?.enabled).toBe(true);
  await state(page(), { enabled: ['today', 'find', 'print', 'newRole'], theme: 'system' });
  await expect.poll(() => item('print')?.enabled).toBe(true);
  expect(item('themeSystem')?.checked).toBe(true);
});

test('a backup named by a second start is granted to the core and handed to the page once it listens', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'hirebook-opened-'));
  const file = join(outside, 'Shop.hirebook-backup');
  writeFileSync(file, 'not really an archive');
  const inspect = handler('backup:inspect');
  // Not granted yet: the core refuses to read a file nobody chose.
  expect(await inspect(page(), { path: file })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/reads only files you picked/) } });
  const sent = fake.recorded.windows[0]?.webContents.sent ?? [];
  const before = sent.length;
  // A double-click while Hirebook runs: the second start hands its command line over and quits.
  fake.electron.app.emit('second-instance', {}, ['/opt/Hirebook/hirebook', '--no-sandbox', 'Shop.hirebook-backup', 'notes.txt'], outside);
  // The page says it listens by telling the menus what its screen allows.
  await handler('app:menu-state')(page(), { enabled: ['today'], theme: 'system' });
  await expect.poll(() => sent.slice(before).filter((m) => m.channel === 'app:open-backup')).toEqual([{ channel: 'app:open-backup', payload: { path: file } }]);
  // Granted: the core now reads it (and says it is no Hirebook backup, which it is not).
  const answer = await inspect(page(), { path: file });
  expect(answer.ok).toBe(false);
  expect(JSON.stringify(answer)).not.toMatch(/reads only files you picked/);
  // macOS's open-file event takes the same path; a file that is not a backup is not handed over.
  fake.electron.app.emit('open-file', { preventDefault: () => undefined }, join(outside, 'notes.txt'));
  expect(sent.slice(before).filter((m) => m.channel === 'app:open-backup')).toHaveLength(1);
  rmSync(outside, { recursive: true, force: true });
});

test('app:reminders on: an interview starting within 15 minutes is notified once, naming who and for what', async () => {
  const call = async (channel: string, input: unknown) => {
    const answer = await handler(channel)(page(), input);
    if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer)}`);
    return answer.value as Record<string, unknown>;
  };
  const role = await call('roles:create', { title: 'Reminder Role' });
  const made = await call('candidates:create', { fullName: 'Rae Minder', roleId: role.id });
  const applicationId = (made.candidate as { applications: { id: string }[] }).applications[0]?.id;
  const startsAt = new Date(Date.now() + 10 * 60_000).toISOString();
  await call('interviews:schedule', { applicationId, startsAt, durationMinutes: 30, timeZone: 'UTC', kind: 'phone', interviewers: ['Marisol Ortega'] });
  expect(await handler('app:reminders')(page(), { on: true })).toEqual({ ok: true, value: { applied: true } });
  await expect.poll(() => fake.recorded.notifications.filter((n) => n.body.startsWith('Rae Minder'))).toEqual([
    { title: expect.stringMatching(/^Interview in (9|10) minutes$/), body: expect.stringMatching(/^Rae Minder for Reminder Role, at /) },
  ]);
  await handler('app:reminders')(page(), { on: false });
});

test('makes the daily automatic backup in the background after start', async () => {
  // A fresh data folder has no backup from the last 24 hours, so the one at start is due.
  await expect.poll(autoArchives, { timeout: 60_000 }).toHaveLength(1);
  // Recorded as the last good backup once it was checked (and its lock let go).
  const status = handler('backup:status');
  await expect
    .poll(async () => (await status(page(), {})).value?.lastGood, { timeout: 60_000 })
    .toMatchObject({ automatic: true, name: autoArchives()[0] });
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
  // A candidate's e-mail link on the profile opens a draft in the mail program; one with a copy to another does not.
  contents.emit('will-navigate', { preventDefault: () => undefined }, 'mailto:maria.lopez@example.com');
  contents.emit('will-navigate', { preventDefault: () => undefined }, 'mailto:maria.lopez@example.com?cc=boss@example.com');
  expect(fake.recorded.opened).toEqual(['https://example.com/jobs', 'https://example.com/apply', 'mailto:maria.lopez@example.com']);
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

test('the database lives in its own process (the data service), not on the main process\'s thread', async () => {
  const [host] = fake.recorded.utilityProcesses;
  expect(host).toMatchObject({ script: join(ROOT, 'out', 'main', 'core-host.js'), serviceName: 'Hirebook data' });
  expect(host?.pid).toBeGreaterThan(0);
  expect(host?.pid).not.toBe(process.pid);
  // Nothing the main bundle loads (its chunks, followed through) requires SQLite; the host's bundle does. Nor does
  // it fork a Node child: the packaged app's runAsNode fuse is off (electron-builder.yml), which breaks fork.
  const requires = (entry: string, module: string): boolean => {
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const [, chunk] of readFileSync(file, 'utf8').matchAll(/require\("\.\/(?:chunks\/)?([^"]+\.js)"\)/g)) {
        visit(join(ROOT, 'out', 'main', 'chunks', chunk ?? ''));
      }
    };
    visit(entry);
    return [...loaded].some((file) => readFileSync(file, 'utf8').includes(`require("${module}")`));
  };
  expect(requires(MAIN, 'better-sqlite3')).toBe(false);
  expect(requires(join(ROOT, 'out', 'main', 'core-host.js'), 'better-sqlite3')).toBe(true);
  expect(requires(MAIN, 'node:child_process')).toBe(false);
});

test('when the data service stops, a request sent then is answered plainly, a new one opens, and the window reloads', async () => {
  const contents = fake.recorded.windows[0]?.webContents;
  const reloadsBefore = contents?.reloads ?? 0;
  const started = fake.recorded.utilityProcesses.length;
  const host = fake.recorded.utilityProcesses.at(-1);
  expect((await handler('roles:create')(page(), { title: 'Saved before the stop' })).ok).toBe(true);
  // The process dies; a request sent before the shell has noticed can never be answered by it.
  process.kill(host?.pid ?? 0, 'SIGKILL');
  const answer = await handler('roles:list')(page(), { archived: 'include' });
  expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/stopped unexpectedly.*may not have been saved/) } });

  await expect.poll(() => fake.recorded.utilityProcesses.length, { timeout: 30_000 }).toBe(started + 1);
  await expect.poll(() => contents?.reloads ?? 0, { timeout: 30_000 }).toBe(reloadsBefore + 1);
  const roles = await handler('roles:list')(page(), { archived: 'include' });
  expect((roles.value?.roles as { title: string }[]).map((r) => r.title)).toContain('Saved before the stop');
  expect(fake.recorded.errorBoxes).toEqual([]);
});

test('app:reopen after a restore closes the core, opens a new one on the restored data and reloads the window', async () => {
  const create = handler('roles:create');
  const list = handler('roles:list');
  const titles = async (): Promise<string[]> => {
    const answer = await list(page(), { archived: 'include' });
    const roles = (answer.value?.roles ?? []) as { title: string }[];
    return roles.map((r) => r.title).sort();
  };
  expect((await create(page(), { title: 'Kept role' })).ok).toBe(true);
  const kept = await titles();
  expect(kept).toContain('Kept role');

  const folder = mkdtempSync(join(tmpdir(), 'hirebook-backups-'));
  try {
    // Grant the folder as the owner would, through the folder dialog.
    fake.dialogAnswer.value = { canceled: false, filePaths: [folder] };
    expect(await handler('app:choose-folder')(page(), { title: 'Choose a folder for the backup' })).toEqual({ ok: true, value: { path: folder } });
    const archive = join(folder, 'before.hirebook-backup');
    const made = await handler('backup:create')(page(), { jobId: randomUUID(), path: archive });
    expect(made).toMatchObject({ ok: true, value: { path: archive } });
    expect(existsSync(archive)).toBe(true);

    expect((await create(page(), { title: 'Dropped role' })).ok).toBe(true);
    expect(await titles()).toContain('Dropped role');

    fake.dialogAnswer.value = { canceled: false, filePaths: [archive] };
    expect(await handler('app:choose-file')(page(), { title: 'Restore from a backup', purpose: 'backup' })).toEqual({ ok: true, value: { paths: [archive] } });
    const restored = await handler('backup:restore')(page(), { jobId: randomUUID(), path: archive });
    expect(restored).toMatchObject({ ok: true, value: { reopenNeeded: true } });

    const contents = fake.recorded.windows[0]?.webContents;
    const reloadsBefore = contents?.reloads ?? 0;
    expect(await handler('app:reopen')(page(), {})).toEqual({ ok: true, value: { reopening: true } });
    // The same IPC handlers now reach the new core, which switched the restore in when it opened.
    await expect.poll(() => contents?.reloads ?? 0, { timeout: 60_000 }).toBe(reloadsBefore + 1);
    expect(await titles()).toEqual(kept);
    expect([...fake.recorded.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(fake.recorded.errorBoxes).toEqual([]);
    // The data in use before the restore is kept beside it.
    expect(readdirSync(dataDir).some((name) => name.startsWith('replaced-'))).toBe(true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

// Last: it quits, which closes the core the other tests share.
test('quitting is held for the backup at quit, the window is told, then the app quits for real', async () => {
  // A change made through the new core makes the backup at quit due.
  expect((await handler('roles:create')(page(), { title: 'Changed before quit' })).ok).toBe(true);
  const before = autoArchives();
  const sent = fake.recorded.windows[0]?.webContents.sent ?? [];
  const quitsBefore = fake.recorded.quits;

  fake.electron.app.quit();
  expect(fake.recorded.beforeQuit.at(-1)).toEqual({ prevented: true });
  const running = sent.find((s) => s.channel === 'app:quit-backup');
  expect(running?.payload).toMatchObject({ state: 'running', limitMs: 10_000 });
  const { jobId } = running?.payload as { jobId: string };

  // Once the backup ended, the shell quits again and that before-quit passes through.
  await expect.poll(() => fake.recorded.quits, { timeout: 60_000 }).toBe(quitsBefore + 2);
  expect(fake.recorded.beforeQuit.at(-1)).toEqual({ prevented: false });
  expect(sent.filter((s) => s.channel === 'app:quit-backup').map((s) => s.payload)).toEqual([
    { state: 'running', jobId, limitMs: 10_000 },
    { state: 'done', jobId, limitMs: 10_000 },
  ]);
  // Made within the 10 s (a new archive), or — on a machine too slow for that — stopped and noted for the
  // next start; either way the quit was not left waiting.
  const made = autoArchives().filter((name) => !before.includes(name));
  const record = JSON.parse(readFileSync(join(dataDir, 'backups.json'), 'utf8')) as { pendingQuit?: boolean };
  if (made.length === 0) console.log('The backup at quit was stopped at the limit on this machine; checking it is noted for the next start');
  expect(made.length === 1 ? 'made' : record.pendingQuit === true ? 'noted for the next start' : 'neither').not.toBe('neither');
  // will-quit closed the IPC loop, then waited for the data service to close the database and end.
  expect(fake.recorded.ipcHandlers.size).toBe(0);
  await expect.poll(() => fake.recorded.exits, { timeout: 30_000 }).toEqual([0]);
  const host = fake.recorded.utilityProcesses.at(-1);
  expect(() => process.kill(host?.pid ?? 0, 0)).toThrow();
});
