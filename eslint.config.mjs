// ESLint: typescript-eslint + react-hooks, and DESIGN.md §1's import rules per folder as no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'This layer must not use Node built-ins (DESIGN.md §1).' };
const electronPkg = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
// Folder rules match relative imports that climb into another layer's folder ('../core/x',
// '../../../electron/core'), so npm packages such as @tiptap/core and a layer's own files ('./main') pass.
const relativeDir = (dir) => `^(?:\\.\\./)+(?:electron/)?${dir}(?:/|$)`;
const rendererDir = { regex: relativeDir('renderer'), message: 'Only the renderer imports renderer code.' };
const coreDir = { regex: relativeDir('core'), message: 'This layer must not import the core.' };
const mainDir = { regex: relativeDir('main'), message: 'This layer must not import Electron main.' };
const cliDir = (message) => ({ regex: relativeDir('cli'), message });
const preloadDir = (message) => ({ regex: relativeDir('preload'), message });

// The renderer reaches the core one way: per domain, one module in renderer/src/stores/ (a zustand store or a
// <domain>-actions.ts) makes the calls and registers with the one data:changed hub (stores/data-changed.ts);
// components and hooks use those modules. esquery regexes: '.' stands for the path's '/'.
const clientImport = 'ImportDeclaration[source.value=/(^|.)api.client$/]';
const callOnlyInDomainModules = {
  selector: `${clientImport} > ImportSpecifier[imported.name=/^(call|onEvent)$/]`,
  message: 'Only domain modules (renderer/src/stores/, *-actions.ts) import call and onEvent; use the module of that domain.',
};
const hubOnlyInDomainModules = {
  selector: 'ImportDeclaration[source.value=/(^|.)stores.data-changed$/] > ImportSpecifier[imported.name="onDataChanged"]',
  message: 'Domain modules register with the data:changed hub; components and hooks use their watch… functions.',
};
const noClientNamespace = { selector: `${clientImport} > ImportNamespaceSpecifier`, message: 'Import what you use from api/client by name.' };
const oneDataChangedListener = {
  selector: 'CallExpression[callee.name="onEvent"][arguments.0.value="data:changed"]',
  message: 'data:changed has one listener, the hub in stores/data-changed.ts: register there with onDataChanged.',
};

function restrict(...patterns) {
  const paths = patterns.filter((p) => 'name' in p);
  const groups = patterns.filter((p) => 'group' in p || 'regex' in p);
  return { 'no-restricted-imports': ['error', { paths, patterns: groups }] };
}

export default tseslint.config(
  {
    ignores: ['out/**', '.tmp/**', 'dist/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**', 'screenshots/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // CommonJS entry points (the bin launcher, electron-builder hooks) are plain Node scripts.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: restrict(electronPkg, { name: 'better-sqlite3', message: 'The contract runs anywhere.' }, nodeBuiltins, coreDir, mainDir, rendererDir),
  },
  {
    // The sandboxed preload bundles channels.ts: it may import only the domains' name lists, which import nothing.
    files: ['electron/contract/channels.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./domains/[a-z-]+-channels$)', message: 'channels.ts imports only domains/*-channels.ts: the sandboxed preload loads it.' }] },
      ],
    },
  },
  {
    files: ['electron/contract/domains/*-channels.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['*'], message: 'A domain\'s name list imports nothing: the sandboxed preload loads it.' }] }] },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(electronPkg, rendererDir, mainDir, cliDir('core is imported by the doors, never the reverse.'), preloadDir('core is imported by the doors, never the reverse.')),
  },
  {
    // The data service runs as a utility process in the app and as a Node child elsewhere: no Electron.
    files: ['electron/core-host/**/*.ts'],
    rules: restrict(electronPkg, rendererDir, mainDir, cliDir('The core host runs the core for the shell only.'), preloadDir('The core host runs the core for the shell only.')),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(rendererDir, cliDir('main wires core to Electron only.'), preloadDir('main wires core to Electron only.')),
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: restrict(electronPkg, rendererDir, mainDir, preloadDir('The CLI runs without Electron.')),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$)(?!(\\.\\./)+contract/channels$)(?!(\\.\\./)+contract/bridge$)',
              message: 'The sandboxed preload may import only electron and contract/channels (and bridge types).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(electronPkg, { name: 'better-sqlite3', message: 'The renderer never touches the database.' }, nodeBuiltins, coreDir, mainDir, cliDir('The renderer talks to the app only through api/client.ts.'), preloadDir('The renderer talks to the app only through api/client.ts.')),
      'no-restricted-syntax': ['error', callOnlyInDomainModules, hubOnlyInDomainModules, noClientNamespace, oneDataChangedListener],
    },
  },
  {
    files: ['renderer/src/stores/**/*.{ts,tsx}', 'renderer/src/**/*-actions.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noClientNamespace, oneDataChangedListener] },
  },
  {
    files: ['renderer/src/stores/data-changed.ts'],
    rules: { 'no-restricted-syntax': ['error', noClientNamespace] },
  },
);
