// The packaging's fuses (electron-builder.yml electronFuses): every fuse issue 20 names is set, each the safe
// way, so a configuration that leaves one out (Electron's default is the unsafe one for most) fails here.
// Runs in Vitest (Node); reads the configuration electron-builder reads.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const CONFIG = path.resolve(__dirname, '../../electron-builder.yml');

/** Each fuse and the value a packaged Hirebook must ship with. */
const REQUIRED: Record<string, boolean> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('the packaged app\'s fuses', () => {
  const config = load(fs.readFileSync(CONFIG, 'utf8')) as { electronFuses?: Record<string, unknown>; asar?: unknown };

  it('sets every required fuse, each to its safe value', () => {
    expect(config.electronFuses).toBeDefined();
    for (const [fuse, value] of Object.entries(REQUIRED)) expect(config.electronFuses?.[fuse], fuse).toBe(value);
  });

  it('packs the app into app.asar, which the asar fuses need', () => {
    expect(config.asar).toBe(true);
  });
});
