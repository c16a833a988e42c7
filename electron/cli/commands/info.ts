// `hirebook info`: version, data folder and database file, as text or JSON. Runs in plain Node.
import type { AppInfo } from '../../contract';
import type { Core } from '../../core/create-core';
import { valueOrFail } from '../open-core';
import { write, type CliIo } from '../io';

export async function info(core: Core, json: boolean, io: CliIo): Promise<void> {
  const value = valueOrFail(await core.dispatch('app:info', {})) as AppInfo;
  if (json) {
    await write(io.stdout, `${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  const lines = [
    `Hirebook ${value.version}`,
    `Data folder:    ${value.dataDir}`,
    `Database file:  ${value.databasePath}`,
    `Schema version: ${value.schemaVersion}`,
    `Runtime:        ${value.runtime}`,
  ];
  await write(io.stdout, `${lines.join('\n')}\n`);
}
