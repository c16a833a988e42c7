// Contract completeness: every channel has a spec with a doc and a handler, nothing extra; every
// event has a payload schema. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS, contract, events } from '../../electron/contract';
import { channelSpec } from '../../electron/core/domain-specs';
import { createHandlers } from '../../electron/core/handlers';

describe('the contract', () => {
  it('has exactly one spec per channel, each with input, output and a doc', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const spec = contract[channel];
      expect(spec.doc.trim().length, channel).toBeGreaterThan(10);
      expect(typeof spec.input.safeParse, channel).toBe('function');
      expect(typeof spec.output.safeParse, channel).toBe('function');
    }
  });

  it('has exactly one handler per channel', () => {
    const handlers = createHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof handlers[channel], channel).toBe('function');
  });

  it("hands dispatch each channel's own spec, loaded with its domain (domain-specs.ts)", async () => {
    for (const channel of CHANNELS) expect(await channelSpec(channel), channel).toBe(contract[channel]);
    // Once loaded, a spec comes at once, not as a promise.
    expect(channelSpec('roles:list')).toBe(contract['roles:list']);
  });

  it('names channels domain:verb and has a payload schema per event', () => {
    // A domain may be two words joined by a hyphen (rejection-reasons:list).
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+(-[a-z]+)*:[a-z-]+$/);
    expect(Object.keys(events).sort()).toEqual([...EVENTS].sort());
  });
});
