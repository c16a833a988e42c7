// Proves the DESIGN.md §1 layer rules in eslint.config.mjs bite: each layer linted with a forbidden import.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => /'([^']+)'/.exec(m.message)?.[1] ?? m.message);
}

// The first lint loads ESLint, typescript-eslint and the whole config (7 s measured at load 20).
describe('layer import rules', { timeout: 60_000 }, () => {
  it('keeps electron, Node built-ins and the core out of the renderer, but allows npm packages named *core', async () => {
    const found = await restrictedImports(
      'renderer/src/features/x/probe.ts',
      [
        "import { app } from 'electron';",
        "import fs from 'node:fs';",
        "import { createCore } from '../../../../electron/core/create-core';",
        "import { Editor } from '@tiptap/core';",
        "import { Role } from '../../../../electron/contract';",
        'export const x = [app, fs, createCore, Editor, Role];',
      ].join('\n'),
    );
    expect(found).toEqual(['electron', 'node:fs', '../../../../electron/core/create-core']);
  });

  it('keeps electron and the doors out of the core', async () => {
    const found = await restrictedImports(
      'electron/core/roles/probe.ts',
      "import { app } from 'electron';\nimport '../../main/index';\nimport '../../cli/main';\nimport fs from 'node:fs';\nexport const y = [app, fs];",
    );
    expect(found).toEqual(['electron', '../../main/index', '../../cli/main']);
  });

  it('lets the sandboxed preload import only electron and contract/channels', async () => {
    const found = await restrictedImports(
      'electron/preload/probe.ts',
      "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../contract/channels';\nimport { z } from 'zod';\nimport { contract } from '../contract/api';\nexport const q = [contextBridge, CHANNELS, z, contract];",
    );
    expect(found).toEqual(['zod', '../contract/api']);
  });

  it('keeps the contract free of Node, electron and the core; channels.ts imports only the name lists, which import nothing', async () => {
    expect(
      await restrictedImports('electron/contract/probe.ts', "import fs from 'node:fs';\nimport '../core/index';\nimport { z } from 'zod';\nexport const c = [fs, z];"),
    ).toEqual(['node:fs', '../core/index']);
    expect(
      await restrictedImports(
        'electron/contract/channels.ts',
        [
          "import { z } from 'zod';",
          "import { ROLES_CHANNELS } from './domains/roles-channels';",
          "import { rolesContract } from './domains/roles-contract';",
          "import { Role } from './roles-schemas';",
          "export * from './domains/kits-channels';",
          'export const c = [z, ROLES_CHANNELS, rolesContract, Role];',
        ].join('\n'),
      ),
    ).toEqual(['zod', './domains/roles-contract', './roles-schemas']);
    expect(
      await restrictedImports('electron/contract/domains/roles-channels.ts', "import { z } from 'zod';\nimport { IdInput } from '../common-schemas';\nexport const c = [z, IdInput];"),
    ).toEqual(['zod', '../common-schemas']);
    expect(await restrictedImports('electron/contract/domains/roles-contract.ts', "import { z } from 'zod';\nexport const c = z;")).toEqual([]);
  });

  it('keeps electron out of the CLI', async () => {
    expect(
      await restrictedImports('electron/cli/probe.ts', "import { app } from 'electron';\nimport { createCore } from '../core/create-core';\nexport const c = [app, createCore];"),
    ).toEqual(['electron']);
  });
});
