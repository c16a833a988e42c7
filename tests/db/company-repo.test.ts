// The company profile: the default row, partial updates, and logos stored content-addressed under
// attachments/<sha256>. Runs in Vitest on real SQLite files.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Company as CompanySchema, type Company } from '../../electron/contract';
import { dumpTables, tempCore, value, withRawDb } from '../helpers/temp-core';
import { JPEG_HEADER, PNG_1X1, WEBP_HEADER } from '../helpers/images';
import { fileOnDisk } from '../helpers/temp-files';

describe('the company profile', () => {
  it('exists from the start with defaults', async () => {
    const core = tempCore();
    const company = value<Company>(await core.dispatch('company:get', {}));
    expect(CompanySchema.parse(company)).toEqual(company);
    expect(company).toMatchObject({
      name: '',
      website: '',
      address: { street: '', city: '', region: '', postalCode: '', country: '' },
      defaultCurrency: 'USD',
      paperSize: 'letter',
      logo: null,
    });
  });

  it('updates only the fields given, address parts included, and persists them', async () => {
    const core = tempCore();
    value(await core.dispatch('company:update', { name: 'Hearth & Crumb', address: { city: 'Portland', country: 'US' } }));
    value(await core.dispatch('company:update', { address: { street: '1824 SE Division St' }, paperSize: 'a4', defaultCurrency: 'eur' }));
    core.close();
    const reopened = tempCore({ dataDir: core.dataDir });
    const company = value<Company>(await reopened.dispatch('company:get', {}));
    expect(company).toMatchObject({
      name: 'Hearth & Crumb',
      address: { street: '1824 SE Division St', city: 'Portland', region: '', postalCode: '', country: 'US' },
      paperSize: 'a4',
      defaultCurrency: 'EUR',
    });
    const row = withRawDb(reopened.databasePath, (db) => db.prepare('SELECT name, address_city, paper_size FROM companies').all());
    expect(row).toEqual([{ name: 'Hearth & Crumb', address_city: 'Portland', paper_size: 'a4' }]);
  });

  it('refuses a javascript: website and changes nothing', async () => {
    const core = tempCore();
    const before = dumpTables(core.databasePath);
    const result = await core.dispatch('company:update', { website: 'javascript:alert(1)', name: 'X' });
    expect(result.ok ? null : result.error.issues?.[0]?.path).toEqual(['website']);
    expect(dumpTables(core.databasePath)).toEqual(before);
  });
});

describe('the company logo', () => {
  it('is stored at attachments/<sha256> and returned as a data: URL', async () => {
    const core = tempCore();
    const sha = createHash('sha256').update(PNG_1X1).digest('hex');
    const company = value<Company>(
      await core.dispatch('company:update', { logo: { path: fileOnDisk('logo.png', PNG_1X1) } }),
    );
    expect(company.logo).toEqual({
      mimeType: 'image/png',
      sha256: sha,
      dataUrl: `data:image/png;base64,${PNG_1X1.toString('base64')}`,
    });
    const stored = path.join(core.dataDir, 'attachments', sha);
    expect(fs.readFileSync(stored).equals(PNG_1X1)).toBe(true);
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([sha]);
    const row = withRawDb(core.databasePath, (db) => db.prepare('SELECT logo_sha256, logo_mime_type FROM companies').get());
    expect(row).toEqual({ logo_sha256: sha, logo_mime_type: 'image/png' });
    expect(value<Company>(await core.dispatch('company:get', {})).logo?.sha256).toBe(sha);
  });

  it('accepts JPEG and WebP by their magic bytes', async () => {
    const core = tempCore();
    for (const [mimeType, bytes] of [['image/jpeg', JPEG_HEADER], ['image/webp', WEBP_HEADER]] as const) {
      // The name says PNG; the bytes decide.
      const company = value<Company>(await core.dispatch('company:update', { logo: { path: fileOnDisk('logo.png', bytes) } }));
      expect(company.logo?.mimeType).toBe(mimeType);
    }
  });

  it('refuses what is not a PNG, JPEG or WebP image, an empty or oversized file, and bytes instead of a file', async () => {
    const core = tempCore();
    const before = dumpTables(core.databasePath);
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    const cases = [
      { path: fileOnDisk('logo.png', Buffer.from('<svg onload="alert(1)"/>')) },
      { path: fileOnDisk('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
      { path: fileOnDisk('empty.png', '') },
      { path: fileOnDisk('logo.gif', gif) },
      { path: fileOnDisk('huge.png', Buffer.concat([PNG_1X1, Buffer.alloc(2 * 1024 * 1024)])) },
      { mimeType: 'image/png', base64: PNG_1X1.toString('base64') },
    ];
    for (const logo of cases) {
      const result = await core.dispatch('company:update', { logo });
      expect(result.ok, JSON.stringify(logo)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.issues?.[0]?.path[0]).toBe('logo');
      }
    }
    expect(dumpTables(core.databasePath)).toEqual(before);
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([]);
  });

  it('is cleared by logo: null and kept when logo is absent', async () => {
    const core = tempCore();
    value(await core.dispatch('company:update', { logo: { path: fileOnDisk('logo.png', PNG_1X1) } }));
    expect(value<Company>(await core.dispatch('company:update', { name: 'Still here' })).logo).not.toBeNull();
    expect(value<Company>(await core.dispatch('company:update', { logo: null })).logo).toBeNull();
    const row = withRawDb(core.databasePath, (db) => db.prepare('SELECT logo_sha256, logo_mime_type FROM companies').get());
    expect(row).toEqual({ logo_sha256: null, logo_mime_type: null });
  });
});
