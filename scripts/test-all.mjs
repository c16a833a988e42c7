// `npm test`: every layer in order (lint, security, typecheck, build, Vitest, Playwright ui, Playwright app), each run
// even when an earlier one failed, then one summary: each layer passed or failed with its duration, and as
// the very last line `N passed, N failed[, N skipped]` (tests summed from the runners' JSON reports; lint,
// security, typecheck and build count as one check each). Exits 1 when anything failed. When the build fails, the
// ui and app layers are not run against a stale out/: they fail as "skipped: the build failed".
// Plain Node (no build needed).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = path.join(ROOT, '.tmp', 'reports');

/**
 * Vitest's JSON report. A file that failed outside its tests (it did not load, or a beforeAll threw, which
 * marks its tests skipped) has no failed test of its own, so it counts as one failure.
 */
function vitestCounts(json) {
  const files = json.testResults ?? [];
  const failedOutsideTests = files.filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed')).length;
  return {
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + failedOutsideTests,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
}

/** Playwright's JSON report: errors outside any test (a spec that fails to load) count as failures too. */
function playwrightCounts(json) {
  const stats = json.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (json.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  };
}

const report = (name, read) => ({ file: path.join(REPORTS, `${name}.json`), read });

// Each layer: an npm script, extra arguments and environment, where its runner writes a JSON report and how
// to count that report's tests, and whether it tests the build in out/.
const LAYERS = [
  { name: 'lint', script: 'lint' },
  // Electronegativity over electron/ and renderer/ (scripts/security-gate.mjs): no finding of medium or higher.
  { name: 'security', script: 'security' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'build', script: 'build' },
  {
    name: 'vitest',
    script: 'test:node',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${path.join(REPORTS, 'vitest.json')}`],
    report: report('vitest', vitestCounts),
  },
  {
    name: 'playwright ui',
    script: 'test:ui',
    args: ['--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: path.join(REPORTS, 'ui.json') },
    report: report('ui', playwrightCounts),
    needsBuild: true,
  },
  {
    name: 'playwright app',
    script: 'test:app',
    args: ['--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: path.join(REPORTS, 'app.json') },
    report: report('app', playwrightCounts),
    needsBuild: true,
  },
];

/** `npm run -s <script> -- <args>` with the npm that started us (npm_execpath), else npm from PATH. */
function npmCommand(script, args) {
  const npmArgs = ['run', '-s', script, ...(args.length > 0 ? ['--', ...args] : [])];
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return { command: process.execPath, args: [npmCli, ...npmArgs], shell: false };
  return { command: 'npm', args: npmArgs, shell: process.platform === 'win32' };
}

function run(layer) {
  const { command, args, shell } = npmCommand(layer.script, layer.args ?? []);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell, env: { ...process.env, ...layer.env } });
    child.on('error', (error) => {
      console.error(`test-all: could not start ${layer.name}: ${error.message}`);
      resolve({ code: 1, signal: null });
    });
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
}

function readReport(layer) {
  if (!layer.report) return null;
  try {
    return layer.report.read(JSON.parse(fs.readFileSync(layer.report.file, 'utf8')));
  } catch {
    return null;
  }
}

function duration(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

fs.mkdirSync(REPORTS, { recursive: true });
const started = Date.now();
const results = [];
let buildFailed = false;

for (const layer of LAYERS) {
  if (layer.needsBuild && buildFailed) {
    console.log(`\n▶ ${layer.name}: skipped, the build failed`);
    results.push({ name: layer.name, ok: false, ms: 0, counts: { passed: 0, failed: 1, skipped: 0 }, note: 'skipped: the build failed' });
    continue;
  }
  if (layer.report) fs.rmSync(layer.report.file, { force: true });
  console.log(`\n▶ ${layer.name}: npm run ${layer.script}${layer.args ? ` -- ${layer.args.join(' ')}` : ''}`);
  const t0 = Date.now();
  const { code, signal } = await run(layer);
  const ms = Date.now() - t0;
  if (layer.name === 'build' && code !== 0) buildFailed = true;

  const exit = signal ? `killed by ${signal}` : `exit ${code}`;
  const parsed = readReport(layer);
  const ok = code === 0 && (parsed?.failed ?? 0) === 0;
  let counts;
  let note;
  if (!layer.report) {
    counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
    note = ok ? 'passed' : `FAILED (${exit})`;
  } else if (!parsed) {
    counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
    note = ok ? 'passed (no JSON report: counted as one check)' : `FAILED (${exit}, no test report: see the output above)`;
  } else {
    counts = { ...parsed };
    // A runner that fails with no failed test (an unhandled error, a crash in teardown) still fails the run.
    if (!ok && counts.failed === 0) counts.failed = 1;
    const parts = [`${parsed.passed} passed`, `${parsed.failed} failed`, ...(parsed.skipped ? [`${parsed.skipped} skipped`] : [])].join(', ');
    note = ok ? `passed: ${parts}` : `FAILED (${exit}): ${parts}`;
  }
  results.push({ name: layer.name, ok, ms, counts, note });
}

const total = results.reduce((sum, r) => ({ passed: sum.passed + r.counts.passed, failed: sum.failed + r.counts.failed, skipped: sum.skipped + r.counts.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
const width = Math.max(...results.map((r) => r.name.length));
const failedLayers = results.filter((r) => !r.ok).length;

console.log('\n── npm test: every layer ──');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(width)}  ${duration(r.ms).padStart(6)}  ${r.note}`);
console.log(
  `${failedLayers === 0 ? 'All layers passed' : `${plural(failedLayers, 'layer')} of ${results.length} failed`} in ${duration(Date.now() - started)} ` +
    '(tests summed from the Vitest and Playwright reports; lint, security, typecheck and build count as one check each)',
);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = failedLayers === 0 ? 0 : 1;
