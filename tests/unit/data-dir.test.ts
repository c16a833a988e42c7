// defaultDataDir matches Electron's userData folder on each platform. Runs in Vitest (Node), pure.
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/core/data-dir';

describe('defaultDataDir', () => {
  it('prefers HIREBOOK_DATA_DIR everywhere', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultDataDir({ HIREBOOK_DATA_DIR: '/data/hb', APPDATA: 'C:\\x', XDG_CONFIG_HOME: '/x' }, platform, '/home/a')).toBe('/data/hb');
    }
  });

  it('uses XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(defaultDataDir({}, 'linux', '/home/ana')).toBe('/home/ana/.config/Hirebook');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ana')).toBe('/cfg/Hirebook');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux', '/home/ana')).toBe('/home/ana/.config/Hirebook');
    expect(defaultDataDir({ HIREBOOK_DATA_DIR: '  ' }, 'linux', '/home/ana')).toBe('/home/ana/.config/Hirebook');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Hirebook');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\Ana')).toBe(
      'C:\\Users\\Ana\\AppData\\Roaming\\Hirebook',
    );
    expect(defaultDataDir({}, 'win32', 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Hirebook');
  });
});
