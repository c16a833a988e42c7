// Benchmark (tsx, plain Node): candidates:import of 10,000 and 100,000 generated CSV rows through
// core.dispatch on a real SQLite file (synchronous=FULL), and pipeline:get with 2,000 cards in one role.
// Prints figures, asserts nothing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportResult, Pipeline, Result, Role } from '../electron/contract';
import { createCore, type Core } from '../electron/core/create-core';

const FIRST = ['Ana', 'Bo', 'Chidi', 'Darya', 'Émile', 'Farah', 'Gao', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Мария', 'محمد', '佐藤'];
const LAST = ['Lima', 'Chen', 'Okafor', 'Petrova', 'Dubois', 'Haddad', 'Wei', 'Sato', 'Ivanov', 'Park', 'Mensah', 'Fischer'];

/** A CSV of `rows` people with emails, phones, cities, sources, tags and a short note. */
function generate(rows: number, salt: string): string {
  const lines = ['Name,Email,Phone,City,Source,Tags,Notes'];
  for (let i = 0; i < rows; i += 1) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
    const phone = `+1 503 ${String(1_000_000 + ((i * 7919) % 9_000_000)).slice(0, 3)} ${String(i).padStart(4, '0').slice(-4)}`;
    lines.push(`"${name}",p${i}.${salt}@example.com,${phone},Portland,Indeed,"barista; weekend",Applied through the site`);
  }
  return `${lines.join('\n')}\n`;
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function benchImport(rows: number): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-import-'));
  const core = createCore({ dataDir: dir });
  try {
    const text = generate(rows, randomUUID().slice(0, 6));
    const mapping = { name: 0, email: 1, phone: 2, location: 3, source: 4, tags: 5, summary: 6 };
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = ok<ImportResult>(await core.dispatch('candidates:import', { text, mapping, jobId: randomUUID() }));
    const seconds = (performance.now() - start) / 1000;
    // CPU time of this process too: on a shared two-core machine the wall clock also measures the neighbours.
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const perSecond = Math.round(result.imported / seconds);
    console.log(`candidates:import ${rows.toLocaleString('en-US').padStart(7)} rows   ${seconds.toFixed(2)} s   ${perSecond.toLocaleString('en-US')} rows/s   (cpu ${cpuSeconds.toFixed(2)} s, ${Math.round(result.imported / cpuSeconds).toLocaleString('en-US')} rows per cpu-second; imported ${result.imported}, errors ${result.errors.length})`);
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function boardWith(core: Core, cards: number): Promise<string> {
  const role = ok<Role>(await core.dispatch('roles:create', { title: 'Barista' }));
  const text = generate(cards, 'board');
  ok(await core.dispatch('candidates:import', { text, mapping: { name: 0, email: 1, tags: 5 }, roleId: role.id, jobId: randomUUID() }));
  return role.id;
}

async function benchBoard(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-board-'));
  const core = createCore({ dataDir: dir });
  try {
    const roleId = await boardWith(core, 2000);
    const samples: number[] = [];
    let cards = 0;
    for (let i = 0; i < 55; i += 1) {
      const start = performance.now();
      cards = ok<Pipeline>(await core.dispatch('pipeline:get', { roleId })).cards.length;
      if (i >= 5) samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => (samples[Math.floor(q * (samples.length - 1))] ?? 0).toFixed(2);
    console.log(`pipeline:get ${cards} cards in one role   median ${at(0.5)} ms · p95 ${at(0.95)} ms · min ${at(0)} ms`);
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await benchImport(10_000);
  await benchImport(100_000);
  await benchBoard();
}

void main();
