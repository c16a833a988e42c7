// Builds an Electron-ABI copy of better-sqlite3's native module into its own folder, leaving
// node_modules/better-sqlite3 on its Node build (npm test). Runs in Node before `npm start`,
// `npm run dev` and `npm run package`; does nothing when the copy already exists.
//
//   .cache/electron-native/<electron-version>-<platform>-<arch>/better_sqlite3.node
//
// electron/main/open-core.ts passes that file to better-sqlite3 as `nativeBinding`;
// scripts/electron-after-pack.cjs puts it into packaged apps.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const HEADERS_URL = 'https://www.electronjs.org/headers';

class PrepareError extends Error {}

/** Stops with a message for the person at the terminal (exit code 1, temp folder removed). */
function fail(message) {
  throw new PrepareError(message);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The installed Electron's version and executable, or a clear explanation of what is missing. */
function findElectron() {
  let pkgFile;
  try {
    pkgFile = require.resolve('electron/package.json');
  } catch {
    fail('the electron package is not installed. Run `npm install` first.');
  }
  const dir = dirname(pkgFile);
  const version = readJson(pkgFile).version;
  const pathFile = join(dir, 'path.txt');
  const executable = () => (existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null);
  // Electron 45 downloads its binary on first use rather than at install time: fetch it now, once, with the
  // package's own installer, so the download's progress and errors show here.
  if (!executable() || !existsSync(executable())) {
    console.log(`prepare-electron: downloading the Electron ${version} binary (first start only)`);
    if (!run(process.execPath, [join(dir, 'install.js')], dir)) {
      fail(
        `the Electron ${version} binary could not be downloaded (it comes from GitHub on first start).\n` +
          'Check the network and try again. The CLI (`npm run cli`) and `npm test` do not need Electron.',
      );
    }
  }
  const found = executable();
  if (!found || !existsSync(found)) fail(`the Electron ${version} binary is still missing after its download (${pathFile}).`);
  return { version, executable: found };
}

function run(command, args, cwd, env = process.env) {
  console.log(`prepare-electron: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', shell: false });
  return result.status === 0;
}

/** Try a published prebuild for this Electron first (fast), then compile against Electron's headers. */
function buildInto(workDir, electronVersion) {
  const arch = process.arch;
  // better-sqlite3's own dependency, resolved from its folder (it may be nested there).
  const prebuildInstall = join(dirname(require.resolve('prebuild-install/package.json', { paths: [sourceDirOf()] })), 'bin.js');
  const prebuilt = run(
    process.execPath,
    [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', process.platform, '--verbose'],
    workDir,
  );
  if (prebuilt && existsSync(join(workDir, 'build', 'Release', 'better_sqlite3.node'))) return;

  console.log('prepare-electron: no prebuild available; compiling from source against Electron headers.');
  const nodeGyp = findNodeGyp();
  const ok = run(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      `--dist-url=${HEADERS_URL}`,
      // Electron headers live apart from Node's in node-gyp's cache, as @electron/rebuild does it.
      `--devdir=${join(homedir(), '.electron-gyp')}`,
      '--runtime=electron',
      '--build-from-source',
    ],
    workDir,
  );
  if (!ok) fail('node-gyp could not build better-sqlite3 for Electron (see the output above).');
}

function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm sets this to its bundled node-gyp when it runs a script.
    const fromNpm = process.env.npm_config_node_gyp;
    if (fromNpm && existsSync(fromNpm)) return fromNpm;
    fail('node-gyp was not found. Install it (`npm install -g node-gyp`) and try again.');
  }
}

/** Loads the new binary inside Electron (as Node) and opens an in-memory database with it. */
function verify(electron, betterSqlite3Dir, binary) {
  const script =
    `const Database = require(${JSON.stringify(betterSqlite3Dir)});` +
    `const db = new Database(':memory:', { nativeBinding: ${JSON.stringify(binary)} });` +
    `console.log('prepare-electron: SQLite ' + db.prepare('select sqlite_version() v').get().v + ' loads in Electron ' + process.versions.electron);` +
    'db.close();';
  const ok = run(electron.executable, ['-e', script], root, { ...process.env, ELECTRON_RUN_AS_NODE: '1' });
  if (!ok) fail(`the built module did not load in Electron ${electron.version}: ${binary}`);
}

function sourceDirOf() {
  return dirname(require.resolve('better-sqlite3/package.json'));
}

function main() {
  const electron = findElectron();
  const tag = `${electron.version}-${process.platform}-${process.arch}`;
  const targetDir = join(root, '.cache', 'electron-native', tag);
  const target = join(targetDir, 'better_sqlite3.node');
  if (existsSync(target)) {
    console.log(`prepare-electron: using ${target}`);
    return;
  }

  const sourceDir = sourceDirOf();
  const workDir = join(root, '.cache', 'electron-native', `work-${tag}-${process.pid}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  try {
    // The sources only: never the Node build in node_modules/better-sqlite3/build, which stays as it is.
    for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
      cpSync(join(sourceDir, entry), join(workDir, entry), { recursive: true });
    }
    console.log(`prepare-electron: building better-sqlite3 ${readJson(join(sourceDir, 'package.json')).version} for Electron ${electron.version}`);
    buildInto(workDir, electron.version);
    const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) fail(`the build finished but ${built} is missing.`);
    verify(electron, sourceDir, built);
    mkdirSync(targetDir, { recursive: true });
    // Rename last, so an interrupted build never leaves a half-written binary at the target path.
    renameSync(built, target);
    console.log(`prepare-electron: wrote ${target}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof PrepareError)) throw error;
  console.error(`\nprepare-electron: ${error.message}\n`);
  process.exitCode = 1;
}
