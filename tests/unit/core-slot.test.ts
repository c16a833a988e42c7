// The desktop shell's core slot (electron/main/core-slot.ts): reopen closes the old core before the new
// one opens, callers during a reopen get the new core, two reopens at once open one core, and a core
// that cannot open leaves null. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { createCoreSlot } from '../../electron/main/core-slot';
import type { ShellCore } from '../../electron/main/remote-core';

function fakeCore(name: string, events: string[], closeFails = false): ShellCore {
  return {
    dispatch: () => Promise.resolve({ ok: true, value: name }),
    close: () => {
      events.push(`close ${name}`);
      return closeFails ? Promise.reject(new Error('printer')) : Promise.resolve();
    },
    databasePath: '/data/hirebook.db',
    grantFile: () => undefined,
  };
}

const quiet = { warn: () => undefined };

describe('the core slot', () => {
  it('closes the old core, then opens the new one; callers during the reopen get the new one', async () => {
    const events: string[] = [];
    const first = fakeCore('first', events);
    const second = fakeCore('second', events);
    const slot = createCoreSlot(first, () => (events.push('open'), Promise.resolve(second)), quiet);
    expect(await slot.current()).toBe(first);
    expect(slot.now()).toBe(first);

    const reopening = slot.reopen();
    expect(slot.now()).toBeNull();
    const during = slot.current();
    expect(slot.reopen()).toBe(reopening);
    expect(await reopening).toBe(second);
    expect(await during).toBe(second);
    expect(slot.now()).toBe(second);
    expect(events).toEqual(['close first', 'open']);
  });

  it('opens the new core even when the old printer failed to close, and holds null when it cannot open', async () => {
    const events: string[] = [];
    const warned: unknown[] = [];
    const slot = createCoreSlot(fakeCore('first', events, true), () => Promise.resolve(null), { warn: (...args) => void warned.push(args[0]) });
    expect(await slot.reopen()).toBeNull();
    expect(warned).toEqual(['Could not close the PDF printer']);
    expect(await slot.current()).toBeNull();
    expect(slot.now()).toBeNull();
  });
});
