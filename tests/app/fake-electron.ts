// A recording stand-in for the 'electron' module, so the built main bundle can be loaded and its
// wiring checked in plain Node where no Electron binary exists. Runs in the Playwright test process.
import { EventEmitter } from 'node:events';
import { forkNodeHost } from '../../electron/main/node-host';

type Handler = (...args: unknown[]) => unknown;

export interface FakeWebContents extends EventEmitter {
  sent: { channel: string; payload: unknown }[];
  /** How many times reload() was called. */
  reloads: number;
  windowOpenHandler?: Handler;
  send(channel: string, payload: unknown): void;
  setWindowOpenHandler(handler: Handler): void;
  isDestroyed(): boolean;
  isLoading(): boolean;
  getURL(): string;
  reload(): void;
}

export function fakeWebContents(url = 'app://hirebook/index.html'): FakeWebContents {
  const contents = new EventEmitter() as FakeWebContents;
  contents.sent = [];
  contents.reloads = 0;
  contents.reload = () => void (contents.reloads += 1);
  contents.send = (channel, payload) => void contents.sent.push({ channel, payload });
  contents.setWindowOpenHandler = (handler) => void (contents.windowOpenHandler = handler);
  contents.isDestroyed = () => false;
  contents.isLoading = () => false;
  contents.getURL = () => url;
  return contents;
}

export function createFakeElectron(paths: { appPath: string; userData: string }) {
  const recorded = {
    setPaths: [] as [string, string][],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, Handler>(),
    ipcListeners: new Map<string, Handler>(),
    menuTemplate: [] as unknown[],
    windows: [] as { options: Record<string, unknown>; url?: string; webContents: FakeWebContents }[],
    beforeRequest: [] as Handler[],
    permissionRequest: [] as Handler[],
    permissionCheck: [] as Handler[],
    opened: [] as string[],
    errorBoxes: [] as [string, string][],
    openDialogs: [] as { parent: unknown; options: Record<string, unknown> }[],
    messageBoxes: [] as Record<string, unknown>[],
    /** Desktop notifications shown: their title and body. */
    notifications: [] as { title: string; body: string }[],
    /** Every app.quit() call, and each before-quit it emitted: whether a listener prevented it. */
    quits: 0,
    beforeQuit: [] as { prevented: boolean }[],
    exits: [] as number[],
    /** Every utility process started: its script and pid (a Node child stands in for it). */
    utilityProcesses: [] as { script: string; pid: number | undefined; serviceName: unknown }[],
  };
  const applicationMenu = { value: null as unknown };
  /** What the next dialog.showOpenDialog answers (tests set it). */
  const dialogAnswer = { value: { canceled: false, filePaths: ['/home/owner/Careers'] } as { canceled: boolean; filePaths: string[] } };
  const userData = { value: paths.userData };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getAppPath: () => paths.appPath,
    getVersion: () => '0.0.0-test',
    getName: () => 'Hirebook',
    getPath: (name: string) => (name === 'userData' ? userData.value : `${userData.value}/${name}`),
    setPath: (name: string, value: string) => {
      recorded.setPaths.push([name, value]);
      if (name === 'userData') userData.value = value;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    /** Like Electron: before-quit first; when no listener prevented it, will-quit (and the app would end). */
    quit: () => {
      recorded.quits += 1;
      const entry = { prevented: false };
      recorded.beforeQuit.push(entry);
      app.emit('before-quit', { preventDefault: () => void (entry.prevented = true) });
      if (!entry.prevented) app.emit('will-quit', { preventDefault: () => undefined });
    },
    /** Records the code; a failing exit also throws, so start() stops where the real app would end. */
    exit: (code: number) => {
      recorded.exits.push(code);
      if (code !== 0) throw new Error(`app.exit(${code}) called`);
    },
  });
  const session = {
    defaultSession: Object.assign(new EventEmitter(), {
      webRequest: { onBeforeRequest: (_filter: unknown, handler: Handler) => void recorded.beforeRequest.push(handler) },
      setPermissionRequestHandler: (handler: Handler) => void recorded.permissionRequest.push(handler),
      setPermissionCheckHandler: (handler: Handler) => void recorded.permissionCheck.push(handler),
      setDevicePermissionHandler: () => undefined,
    }),
  };
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = (): BrowserWindow[] => BrowserWindow.all;
    static getFocusedWindow = (): BrowserWindow | null => BrowserWindow.all[0] ?? null;
    readonly webContents = fakeWebContents();
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.all.push(this);
      recorded.windows.push({ options, webContents: this.webContents });
    }
    loadURL(url: string): Promise<void> {
      const entry = recorded.windows.find((w) => w.webContents === this.webContents);
      if (entry) entry.url = url;
      return Promise.resolve();
    }
    isDestroyed = (): boolean => false;
    isMinimized = (): boolean => false;
    maximized = false;
    isMaximized = (): boolean => this.maximized;
    maximize = (): void => void (this.maximized = true);
    /** The bounds it was made with (the fake never moves). */
    getNormalBounds = () => ({ x: this.options.x as number, y: this.options.y as number, width: this.options.width as number, height: this.options.height as number });
    isVisible = (): boolean => true;
    show = (): void => undefined;
    restore = (): void => undefined;
    focus = (): void => undefined;
  }
  const electron = {
    app,
    session,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void recorded.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => void recorded.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void recorded.ipcHandlers.delete(channel),
      on: (channel: string, listener: Handler) => void recorded.ipcListeners.set(channel, listener),
      removeAllListeners: (channel?: string) => void (channel === undefined ? recorded.ipcListeners.clear() : recorded.ipcListeners.delete(channel)),
    },
    Menu: {
      // A built menu finds its items by id in the template itself, so enabling one shows in menuTemplate.
      buildFromTemplate: (template: unknown[]) => ({
        template,
        getMenuItemById(id: string) {
          type Item = { id?: string; submenu?: Item[] };
          const find = (items: Item[]): Item | null => {
            for (const item of items) {
              if (item.id === id) return item;
              const inner = find(item.submenu ?? []);
              if (inner) return inner;
            }
            return null;
          };
          return find(template as Item[]);
        },
      }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        recorded.menuTemplate = menu.template;
        applicationMenu.value = menu;
      },
      getApplicationMenu: () => applicationMenu.value,
    },
    shell: {
      openExternal: (url: string) => Promise.resolve(void recorded.opened.push(url)),
      openPath: () => Promise.resolve(''),
    },
    dialog: {
      showErrorBox: (title: string, body: string) => void recorded.errorBoxes.push([title, body]),
      showOpenDialog: (parent: unknown, options: Record<string, unknown>) => {
        recorded.openDialogs.push({ parent, options });
        return Promise.resolve(dialogAnswer.value);
      },
      showMessageBox: (parent: unknown, options?: Record<string, unknown>) => {
        recorded.messageBoxes.push(options ?? (parent as Record<string, unknown>));
        return Promise.resolve({ response: 0, checkboxChecked: false });
      },
    },
    Notification: Object.assign(
      class extends EventEmitter {
        constructor(private readonly options: { title: string; body: string }) {
          super();
        }
        show(): void {
          recorded.notifications.push({ title: this.options.title, body: this.options.body });
        }
      },
      { isSupported: () => true },
    ),
    webContents: { getAllWebContents: () => [] },
    /** Two screens side by side: a laptop (main) and a monitor to its right (tests replace `displays`). */
    screen: {
      displays: [
        { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 875 } },
        { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1415 } },
      ],
      getPrimaryDisplay() {
        return this.displays[0];
      },
      getAllDisplays() {
        return this.displays;
      },
    },
    /** Electron's utility process, played by a Node child with the same structured-clone messages. */
    utilityProcess: {
      fork: (script: string, _args: string[], options: { serviceName?: string } = {}) => {
        const host = forkNodeHost(script);
        recorded.utilityProcesses.push({ script, pid: host.pid, serviceName: options.serviceName });
        const child = new EventEmitter();
        host.onMessage((message) => child.emit('message', message));
        host.onExit((code) => child.emit('exit', code));
        return Object.assign(child, { pid: host.pid, postMessage: host.postMessage, kill: () => (host.kill(), true) });
      },
    },
    /** What app:set-theme sets; Electron's default is 'system'. */
    nativeTheme: { themeSource: 'system' as string },
  };
  return { electron, recorded, dialogAnswer };
}
