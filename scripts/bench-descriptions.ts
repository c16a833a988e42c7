// Benchmark (tsx, plain Node): descriptions:save, descriptions:get and jd:check on a 3,000-word job
// description, through core.dispatch on a real SQLite file (synchronous=FULL). Prints figures, asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Result, RoleDescription } from '../electron/contract';
import { createCore } from '../electron/core/create-core';
import { descriptionWordCount } from '../electron/core/descriptions/descriptions-rules';

const RUNS = 200;
const WARMUP = 10;
const SENTENCE = 'You will prepare dough, bake bread and pastries, and keep the kitchen clean and safe for the whole team.';
const KINDS = ['summary', 'description', 'responsibilities', 'requirements', 'nice_to_have', 'benefits', 'about', 'how_to_apply', 'other'] as const;

/** Twelve sections of about 250 words each: two paragraphs and a list, with bold, italic and a link. */
function sections(variant: string): { kind: (typeof KINDS)[number]; heading: string; html: string }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const p = `<p>${SENTENCE} <strong>${variant}</strong> ${SENTENCE} <em>${SENTENCE}</em> ${SENTENCE}</p>`;
    const items = Array.from({ length: 5 }, () => `<li><p>${SENTENCE} <a href="https://example.com/jobs" target="_blank" rel="noopener noreferrer nofollow">apply</a></p></li>`).join('');
    return { kind: KINDS[i % KINDS.length] ?? 'other', heading: `Section ${i + 1}`, html: `${p}${p}<ul>${items}</ul>` };
  });
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
  return `median ${at(0.5)} ms · p95 ${at(0.95)} ms · min ${at(0)} ms`;
}

async function timed(label: string, run: (i: number) => Promise<Result<unknown>>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const start = performance.now();
    const result = await run(i);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
    if (i >= WARMUP) samples.push(ms);
  }
  console.log(`${label.padEnd(44)} ${stats(samples)}`);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-desc-'));
  const core = createCore({ dataDir });
  try {
    const role = (await core.dispatch('roles:create', { title: 'Baker' })) as Result<{ id: string }>;
    if (!role.ok) throw new Error(role.error.message);
    const roleId = role.value.id;
    const base = sections('base');
    const saved = (await core.dispatch('descriptions:save', { roleId, sections: base })) as Result<RoleDescription>;
    if (!saved.ok) throw new Error(saved.error.message);
    const ids = saved.value.sections.map((s) => s.id);
    console.log(`description: ${descriptionWordCount(saved.value.sections)} words in ${base.length} sections; ${RUNS} runs after ${WARMUP} warm-up`);

    const withIds = (list: ReturnType<typeof sections>) => list.map((s, i) => ({ ...s, id: ids[i] }));
    await timed('descriptions:save, one section edited', (i) => {
      const list = withIds(base);
      list[3] = { ...list[3]!, html: `${list[3]!.html}<p>edit ${i}</p>` };
      return core.dispatch('descriptions:save', { roleId, sections: list });
    });
    await timed('descriptions:save, every section edited', (i) => core.dispatch('descriptions:save', { roleId, sections: withIds(sections(`v${i}`)) }));
    const settled = withIds(sections('settled'));
    await core.dispatch('descriptions:save', { roleId, sections: settled });
    await timed('descriptions:save, nothing changed', () => core.dispatch('descriptions:save', { roleId, sections: settled }));
    await timed('descriptions:get', () => core.dispatch('descriptions:get', { roleId }));
    await timed('jd:check, stored description', () => core.dispatch('jd:check', { roleId }));
    await timed('jd:check, editor sections', () => core.dispatch('jd:check', { roleId, sections: settled }));
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
