// The shape of `window.hirebook`, the one bridge the preload exposes. Runs anywhere (types only).
import type { Channel, EventName } from './channels';
import type { Result } from './result';

export interface HirebookBridge {
  /** Call a channel; resolves with the Result envelope, never rejects for domain errors. */
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  /** Listen to a push event; returns a function that stops listening. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}
