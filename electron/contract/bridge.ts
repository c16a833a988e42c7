// The shape of `window.hirebook`, the one bridge the preload exposes. Runs anywhere (types only).
import type { Channel, EventName } from './channels';
import type { Result } from './result';

export interface HirebookBridge {
  /** Call a channel; resolves with the Result envelope, never rejects for domain errors. */
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  /** Listen to a push event; returns a function that stops listening. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /**
   * The path of a file the owner dropped on the window or chose in a file field ('' when it has none, e.g.
   * text dragged from another app); the core may then read that file. File bytes never cross the bridge.
   */
  pathForFile(file: File): string;
}
