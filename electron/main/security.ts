// Locks down every session and web contents: no network, no permissions, no navigation, no new
// windows, no downloads but the files our own page saves; safe http(s) links go to the OS browser.
// Runs in the Electron main process.
import { app, session, shell, type DownloadItem, type Event, type Session, type WebContents } from 'electron';
import log from 'electron-log/main';
import { devServerOrigin, isAppBlobUrl, isAppUrl } from './app-origin';
import { isRemoteRequest, isSafeExternalUrl } from './url-rules';

const REMOTE_URL_FILTER = { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] };

/** Writing plain text to the clipboard (copy a posting) is the one permission the app itself needs. */
const ALLOWED_PERMISSIONS = new Set<string>(['clipboard-sanitized-write']);

function permissionAllowed(contents: WebContents | null, permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && contents !== null && isAppUrl(contents.getURL());
}

/**
 * The renderer saves files (a posting PDF, Markdown, JSON-LD) as blob: downloads from its own page.
 * Those go ahead without a save path, so Electron shows the system save dialog; any other download
 * (a remote URL, a data: URL, a page that is not ours) is cancelled.
 */
function guardDownload(event: Event, item: DownloadItem, contents: WebContents | undefined): void {
  const url = item.getURL();
  if (isAppBlobUrl(url) && contents !== undefined && isAppUrl(contents.getURL())) return;
  event.preventDefault();
  log.warn(`Blocked a download of ${url.slice(0, 120)}`);
}

function hardenSession(ses: Session): void {
  const devOrigin = devServerOrigin();
  ses.webRequest.onBeforeRequest(REMOTE_URL_FILTER, (details, callback) => {
    const cancel = isRemoteRequest(details.url, devOrigin);
    if (cancel) log.warn(`Blocked a network request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    const allowed = permissionAllowed(contents, permission);
    if (!allowed) log.warn(`Denied permission request: ${permission}`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((contents, permission) => permissionAllowed(contents, permission));
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', guardDownload);
}

/** Hands a link to the OS browser only after validation; anything else is dropped and logged. */
export function openExternalIfSafe(url: string): void {
  if (!isSafeExternalUrl(url)) {
    log.warn(`Refused to open ${url.slice(0, 200)}`);
    return;
  }
  // Reviewed: only a URL isSafeExternalUrl passed (http(s) with a host, or a mailto draft to one person) gets here.
  shell.openExternal(url).catch((error: unknown) => log.warn('Could not open an external link', error)); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

function guardWebContents(contents: WebContents): void {
  // The renderer is a single page: any real navigation is either a link (send it to the browser) or an attack.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (!isAppUrl(url)) openExternalIfSafe(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call once, after `app.ready` and before the first window. */
export function installSecurity(): void {
  hardenSession(session.defaultSession);
  app.on('session-created', hardenSession);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
