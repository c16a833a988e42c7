// Where Hirebook keeps its data folder by default. Pure; runs in plain Node (CLI, tests) and in
// Electron main. It must match Electron's app.getPath('userData') so the CLI and the app share a file.
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Hirebook';

/**
 * HIREBOOK_DATA_DIR wins; otherwise the folder Electron uses as userData for productName "Hirebook":
 * appData (per platform) joined with the product name.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env.HIREBOOK_DATA_DIR?.trim();
  if (override) return override;
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  // Linux and the other unixes follow the XDG base directory spec, as Electron does.
  const config = env.XDG_CONFIG_HOME?.trim() || path.posix.join(home, '.config');
  return path.posix.join(config, PRODUCT_NAME);
}
