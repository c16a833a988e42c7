// The only ipcMain.handle loop: every contract channel goes to the current core's dispatch after a sender
// check (the slot's core: a new one after app:reopen); core events go out to every window. Runs in the
// Electron main process.
import { isAbsolute } from 'node:path';
import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import log from 'electron-log/main';
import { CHANNELS, err, GRANT_FILE_MESSAGE, type EventName } from '../contract';
import { isAppUrl } from './app-origin';
import type { CoreSlot } from './core-slot';

/** Only the top frame of one of our own pages may call the core. */
function trustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** electron-log listens on this channel for renderer logs; our preload never sends it, so close it. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

export function registerIpc(slot: CoreSlot): () => void {
  // Keep this loop the only door: drop the IPC endpoints electron-log installs when it loads.
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!trustedSender(event)) {
        const from = event.senderFrame?.url ?? 'an unknown frame';
        log.warn(`Refused ${channel} from ${from.slice(0, 200)}`);
        // Not a domain answer: an untrusted caller gets a rejection, never data.
        throw new Error('Refused: this page may not call Hirebook.');
      }
      const core = await slot.current();
      // Only when a reopen could not open the data folder: its dialog explained, and the app is leaving.
      if (core === null) return err('unavailable', 'Hirebook could not open its data folder again; start it again.');
      return core.dispatch(channel, input);
    });
  }
  // The preload resolved a file the owner dropped or picked: the core may read it (path-grants.ts).
  ipcMain.on(GRANT_FILE_MESSAGE, (event, file: unknown) => {
    // While a reopen runs there is no core to hold the grant (the windows reload after it anyway).
    const core = slot.now();
    const ok = core !== null && trustedSender(event) && typeof file === 'string' && file.length <= 4096 && isAbsolute(file);
    if (ok) core.grantFile(file);
    else log.warn(`Refused a file grant from ${(event.senderFrame?.url ?? 'an unknown frame').slice(0, 200)}`);
    event.returnValue = ok;
  });
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
    ipcMain.removeAllListeners(GRANT_FILE_MESSAGE);
  };
}

/** Sends a push event to every open window (each renderer filters what it listens to). */
export function broadcast(event: EventName, payload: unknown): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(event, payload);
  }
}
