// The core tells the renderer when the data file's health changes (data:health-changed): after the
// start-up quick check and full check of a healthy file, when a check finds damage, and after a check on
// demand; the renderer shows the banner from it without asking again. Runs in Vitest (Node) on real files.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataHealth, EventName } from '../../electron/contract';
import { createCore } from '../../electron/core';
import { damageLeafPage } from '../helpers/damage-page';
import { quietLogger, tempCore, tempDir, value } from '../helpers/temp-core';

function healthEvents(): { onEvent: (event: EventName, payload: unknown) => void; reports: DataHealth[] } {
  const reports: DataHealth[] = [];
  return {
    reports,
    onEvent: (event, payload) => {
      if (event === 'data:health-changed') reports.push(payload as DataHealth);
    },
  };
}

describe('data:health-changed', () => {
  it('tells "ok" after the quick check and again after the full check of a healthy file', async () => {
    const { onEvent, reports } = healthEvents();
    const core = tempCore({ onEvent });
    await core.checksDone();
    expect(reports.map((r) => [r.state, r.lastCheckKind])).toEqual([
      ['ok', 'quick'],
      ['ok', 'full'],
    ]);
    expect(reports.at(-1)?.lastFullCheckAt).not.toBeNull();
    expect(reports.at(-1)).toEqual(value<DataHealth>(await core.dispatch('data:health', {})));

    value(await core.dispatch('data:check', { full: false }));
    expect(reports).toHaveLength(3);
    expect(reports.at(-1)?.lastCheckKind).toBe('quick');
  });

  it('tells "damaged" (with the newest backup offer) when the start-up check finds damage, and nothing after it', async () => {
    const dataDir = tempDir();
    const seed = createCore({ dataDir, logger: quietLogger });
    const rows = Array.from({ length: 3000 }, (_, i) => `Person ${i},person${i}@example.test`);
    value(await seed.dispatch('candidates:import', { text: `Name,Email\n${rows.join('\n')}\n`, mapping: { name: 0, email: 1 }, jobId: randomUUID() }));
    value(await seed.dispatch('backup:auto', { reason: 'daily' }));
    await seed.close();
    damageLeafPage(path.join(dataDir, 'hirebook.db'), 'candidates');

    const { onEvent, reports } = healthEvents();
    const core = tempCore({ dataDir, onEvent });
    await core.checksDone();
    expect(reports.map((r) => r.state)).toEqual(['damaged']);
    expect(reports[0]?.message).toMatch(/found damage in it, so Hirebook is read-only now/);
    expect(reports[0]?.newestBackup).not.toBeNull();
    expect(reports[0]?.details.length).toBeGreaterThan(0);
  });
});
