// The channels that need the desktop shell (app:choose-folder, postings:print) against a fake platform:
// what the core hands the shell, what it answers, and a clear 'unavailable' without one. Runs in Vitest
// on real SQLite.
import { describe, expect, it } from 'vitest';
import type { PaperSize, Role } from '../../electron/contract';
import type { PlatformServices } from '../../electron/core/platform-services';
import { SHORT_ROLE, SHORT_SECTIONS } from '../helpers/posting-fixtures';
import { seedRole } from '../helpers/postings';
import { tempCore, value } from '../helpers/temp-core';

interface Recorded {
  titles: string[];
  prints: { html: string; paperSize: PaperSize }[];
}

function fakePlatform(answers: { folder?: string | null; printed?: boolean | Error; noPrint?: boolean } = {}): { platform: PlatformServices; recorded: Recorded } {
  const recorded: Recorded = { titles: [], prints: [] };
  const platform: PlatformServices = {
    chooseFolder: ({ title }) => {
      recorded.titles.push(title);
      return Promise.resolve(answers.folder === undefined ? '/home/owner/careers' : answers.folder);
    },
    chooseFiles: () => Promise.resolve([]),
  };
  if (!answers.noPrint) {
    platform.printHtml = (html, { paperSize }) => {
      recorded.prints.push({ html, paperSize });
      const printed = answers.printed ?? true;
      return printed instanceof Error ? Promise.reject(printed) : Promise.resolve(printed);
    };
  }
  return { platform, recorded };
}

async function roleOn(platform?: PlatformServices): Promise<{ core: ReturnType<typeof tempCore>; role: Role }> {
  const core = tempCore(platform ? { platform } : {});
  value(await core.dispatch('company:update', { name: 'Hearth & Crumb', paperSize: 'a4' }));
  return { core, role: await seedRole(core, SHORT_ROLE, SHORT_SECTIONS) };
}

describe('app:set-theme', () => {
  it('hands the choice to the desktop shell, and answers applied: false where there is none', async () => {
    const seen: string[] = [];
    const { platform } = fakePlatform();
    const core = tempCore({ platform: { ...platform, setTheme: (choice) => void seen.push(choice) } });
    expect(value(await core.dispatch('app:set-theme', { choice: 'dark' }))).toEqual({ applied: true });
    expect(value(await core.dispatch('app:set-theme', { choice: 'system' }))).toEqual({ applied: true });
    expect(seen).toEqual(['dark', 'system']);
    expect(await core.dispatch('app:set-theme', { choice: 'sepia' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(seen).toEqual(['dark', 'system']);
    expect(value(await tempCore().dispatch('app:set-theme', { choice: 'light' }))).toEqual({ applied: false });
  });
});

describe('app:choose-folder', () => {
  it('asks the platform with the given title and answers its folder, or null when cancelled', async () => {
    const { platform, recorded } = fakePlatform();
    const core = tempCore({ platform });
    expect(value(await core.dispatch('app:choose-folder', { title: 'Choose a folder for PDFs' }))).toEqual({ path: '/home/owner/careers' });
    expect(recorded.titles).toEqual(['Choose a folder for PDFs']);

    for (const cancelled of [null, '']) {
      const core2 = tempCore({ platform: fakePlatform({ folder: cancelled }).platform });
      expect(value(await core2.dispatch('app:choose-folder', { title: 'Pick' }))).toEqual({ path: null });
    }
  });

  it("is 'unavailable' without a platform, and refuses a missing title before asking", async () => {
    const result = await tempCore().dispatch('app:choose-folder', { title: 'Pick' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/desktop app/) } });

    const { platform, recorded } = fakePlatform();
    const refused = await tempCore({ platform }).dispatch('app:choose-folder', { title: '   ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(recorded.titles).toEqual([]);
  });
});

describe('postings:print', () => {
  it("hands the platform the very HTML of postings:html on the company's paper size", async () => {
    const { platform, recorded } = fakePlatform();
    const { core, role } = await roleOn(platform);
    for (const layout of ['classic', 'flyer'] as const) {
      expect(value(await core.dispatch('postings:print', { roleId: role.id, layout }))).toEqual({ printed: true });
      const { html } = value<{ html: string }>(await core.dispatch('postings:html', { roleId: role.id, layout }));
      expect(recorded.prints.at(-1)).toEqual({ html, paperSize: 'a4' });
    }
  });

  it('answers printed: false when the person cancelled the print dialog', async () => {
    const { core, role } = await roleOn(fakePlatform({ printed: false }).platform);
    expect(value(await core.dispatch('postings:print', { roleId: role.id }))).toEqual({ printed: false });
  });

  it("is 'unavailable', saying what to do instead, without a print service or when printing fails", async () => {
    for (const platform of [undefined, fakePlatform({ noPrint: true }).platform]) {
      const { core, role } = await roleOn(platform);
      const result = await core.dispatch('postings:print', { roleId: role.id });
      expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/Save a PDF instead/) } });
    }
    const { core, role } = await roleOn(fakePlatform({ printed: new Error('No printers installed\nstack') }).platform);
    const failed = await core.dispatch('postings:print', { roleId: role.id });
    expect(failed).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('(No printers installed)') } });
  });

  it('reports an unknown role as not_found without printing anything', async () => {
    const { platform, recorded } = fakePlatform();
    const core = tempCore({ platform });
    const result = await core.dispatch('postings:print', { roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e', layout: 'classic' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(recorded.prints).toEqual([]);
  });
});
