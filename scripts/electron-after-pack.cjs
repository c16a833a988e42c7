// electron-builder afterPack hook: puts the Electron-ABI better-sqlite3 binary that
// scripts/prepare-electron.mjs built into the packaged app. Runs in Node during `npm run package`.
// Why not `npmRebuild: true`: electron-builder rebuilds node_modules in place, which would leave
// node_modules/better-sqlite3 on Electron's ABI and break `npm test` afterwards (DESIGN.md §7).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal']; // electron-builder's Arch enum order

exports.default = async function afterPack(context) {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch];
  const electronVersion = context.packager.info.framework.version;
  if (platform !== process.platform || arch !== process.arch) {
    throw new Error(
      `Hirebook packages its SQLite module for the machine it builds on (${process.platform}-${process.arch}); ` +
        `build ${platform}-${arch} on a ${platform}-${arch} machine.`,
    );
  }
  const tag = `${electronVersion}-${platform}-${arch}`;
  const source = path.join(context.packager.projectDir, '.cache', 'electron-native', tag, 'better_sqlite3.node');
  if (!fs.existsSync(source)) {
    throw new Error(`${source} is missing: run \`node scripts/prepare-electron.mjs\` first (npm run package does).`);
  }
  const unpacked = path.join(context.packager.getResourcesDir(context.appOutDir), 'app.asar.unpacked');
  const target = path.join(unpacked, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(path.dirname(target))) {
    throw new Error(`${path.dirname(target)} is missing: check asarUnpack in electron-builder.yml.`);
  }
  fs.copyFileSync(source, target);
  console.log(`  • Hirebook: SQLite module for Electron ${electronVersion} → ${path.relative(context.appOutDir, target)}`);
};
