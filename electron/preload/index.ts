// The one bridge between the sandboxed renderer and main: `window.hirebook`. Runs in the preload
// (sandboxed: it may import only 'electron' and contract/channels.ts, which imports only the domains' name lists).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { GRANT_FILE_MESSAGE, isChannel, isEventName, type Channel, type EventName } from '../contract/channels';
// Type-only (erased at build time): the bridge must match the shape the renderer is typed against.
import type { HirebookBridge } from '../contract/bridge';

const bridge: HirebookBridge = {
  invoke(channel: Channel, input: unknown): ReturnType<HirebookBridge['invoke']> {
    // The renderer is typed, but a compromised page is not: refuse anything off the list here too.
    if (!isChannel(channel)) {
      return Promise.reject(new Error(`hirebook: unknown channel ${JSON.stringify(String(channel))}`));
    }
    return ipcRenderer.invoke(channel, input) as ReturnType<HirebookBridge['invoke']>;
  },

  on(event: EventName, listener: (payload: unknown) => void): () => void {
    if (!isEventName(event)) {
      throw new Error(`hirebook: unknown event ${JSON.stringify(String(event))}`);
    }
    if (typeof listener !== 'function') {
      throw new TypeError('hirebook: the listener must be a function');
    }
    // Never hand the IpcRendererEvent to the page: it carries `sender`, a handle on ipcRenderer.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },

  pathForFile(file: File): string {
    // webUtils only answers for a real File the owner dropped or picked; a page cannot invent one for an
    // arbitrary path. Sent synchronously so the grant is in place before the request that uses it.
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.sendSync(GRANT_FILE_MESSAGE, path);
    return path;
  },
};

contextBridge.exposeInMainWorld('hirebook', bridge);
