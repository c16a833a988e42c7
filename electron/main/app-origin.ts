// Where the renderer is served from and which URLs count as "our app". Runs in the Electron main process.
import { app } from 'electron';

/** The privileged scheme the built renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hirebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The Vite dev server `electron-vite dev` starts; never honoured in a packaged app. */
export function devServerUrl(): string | undefined {
  const url = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && url ? url : undefined;
}

/** The origin of the dev server, when running under `electron-vite dev`. */
export function devServerOrigin(): string | undefined {
  const url = devServerUrl();
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** True when `url` is a page of this app (the app:// origin, or the dev server in development). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  const devOrigin = devServerOrigin();
  return devOrigin !== undefined && parsed.origin === devOrigin;
}

/** True for a blob: URL one of our pages made (a file the owner saves, e.g. a posting PDF). */
export function isAppBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}
