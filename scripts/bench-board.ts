// Node script (`npx tsx scripts/bench-board.ts`, after `npm run build`): the pipeline board with 2,000 cards
// in one role's first column, in Chromium through the UI test harness. Prints figures, asserts nothing.
//
// Method. Seeding goes through core.dispatch (candidates:create, applications:create). Then:
//   - cold open: page.goto straight to the board until the first card is visible (Node clock);
//   - in-app navigation: from the roles list, a hash change to the board, timed in the page with
//     performance.now() until a card is in the DOM and the next frame has painted (3 runs, median);
//   - scrolling: the 2,000-card column (its next cards load as it nears the last loaded one) is scrolled 80 px
//     per animation frame for 400 frames, and the time
//     between frames is recorded (a 60 Hz display paces frames at ~16.7 ms; longer means a dropped frame).
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer } from '../tests/ui/harness';

const CARDS = Number(process.env.BENCH_BOARD_CARDS ?? 2000);
const FIRST = ['Amara', 'José', 'Meiling', 'Priya', 'Oksana', 'Kenji', 'Layla', 'Siobhán', 'Tomasz', 'Ngozi'];
const LAST = ['Okafor', 'Núñez', 'Wang', 'Raghunathan', 'Kovalenko', 'Watanabe', 'Haddad', 'Rossi', 'Kim', 'Chen'];

/** Notes when the board's data arrives, so render time can be told apart from the test bridge's transport. */
const WRAP_BRIDGE = `(() => {
  const invoke = window.__hirebookInvoke;
  window.__hirebookInvoke = async (channel, input) => {
    const result = await invoke(channel, input);
    if (channel === 'pipeline:get') window.__boardDataAt = performance.now();
    return result;
  };
})()`;

const NAVIGATE = (hash: string) => `new Promise((resolve) => {
  const start = performance.now();
  location.hash = ${JSON.stringify(hash)};
  const check = () => {
    if (document.querySelector('[data-testid="board-card"]')) {
      requestAnimationFrame(() => setTimeout(() => {
        const painted = performance.now();
        resolve({ total: painted - start, render: painted - window.__boardDataAt });
      }, 0));
    } else requestAnimationFrame(check);
  };
  check();
})`;

const SCROLL = `new Promise((resolve) => {
  const el = document.querySelector('section.board-column[data-stage="Applied"] .board-column-scroll');
  const gaps = [];
  let last = performance.now();
  let frames = 0;
  const step = (now) => {
    gaps.push(now - last);
    last = now;
    el.scrollTop += 80;
    if (++frames < 400) requestAnimationFrame(step);
    else resolve({ gaps: gaps.slice(1), scrollTop: el.scrollTop, rendered: el.querySelectorAll('[data-testid="board-card"]').length });
  };
  requestAnimationFrame(step);
})`;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const testCore = createTestCore('hirebook-bench-board-');
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const ok = async <T>(channel: Parameters<typeof testCore.core.dispatch>[0], input: unknown): Promise<T> => {
    const result = await testCore.core.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  try {
    const seedStart = performance.now();
    const role = await ok<{ id: string }>('roles:create', { title: 'Weekend Barista', status: 'open' });
    for (let i = 0; i < CARDS; i++) {
      const fullName = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
      const { candidate } = await ok<{ candidate: { id: string } }>('candidates:create', { fullName, tags: i % 3 ? ['barista'] : ['barista', 'weekends'] });
      await ok('applications:create', { candidateId: candidate.id, roleIds: [role.id] });
    }
    console.log(`Board benchmark: ${CARDS} cards in one column (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s)`);

    const coreTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      await ok('pipeline:get', { roleId: role.id });
      coreTimes.push(performance.now() - t);
    }
    console.log(`  pipeline:get in the core (Node, no page): median ${quantile(coreTimes, 0.5).toFixed(0)} ms`);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await installBridge(page, testCore);
    const coldStart = performance.now();
    await page.goto(`${server.url}#/roles/${role.id}/pipeline`);
    await page.getByTestId('board-card').first().waitFor();
    console.log(`  cold open (page load → first card visible): ${(performance.now() - coldStart).toFixed(0)} ms`);
    const inDom = await page.getByTestId('board-card').count();
    console.log(`  cards in the DOM: ${inDom} of ${CARDS}`);

    await page.evaluate(WRAP_BRIDGE);
    const runs: { total: number; render: number }[] = [];
    for (let run = 0; run < 5; run++) {
      await page.evaluate("location.hash = '#/roles'");
      await page.getByRole('table').waitFor();
      runs.push((await page.evaluate(NAVIGATE(`#/roles/${role.id}/pipeline`))) as { total: number; render: number });
    }
    const totals = runs.map((r) => r.total);
    const renders = runs.map((r) => r.render);
    console.log(`  navigation roles → board painted (performance.now, 5 runs): median ${quantile(totals, 0.5).toFixed(0)} ms, the board's first window of cards (30 per column) over the test bridge`);
    console.log(`  board render (data arrived → cards painted): median ${quantile(renders, 0.5).toFixed(0)} ms, max ${Math.max(...renders).toFixed(0)} ms`);

    await page.getByTestId('board-card').first().waitFor();
    const scroll = (await page.evaluate(SCROLL)) as { gaps: number[]; scrollTop: number; rendered: number };
    const { gaps } = scroll;
    console.log(
      `  scrolling the ${CARDS}-card column (${gaps.length} frames, to ${Math.round(scroll.scrollTop)} px): median ${quantile(gaps, 0.5).toFixed(1)} ms, ` +
        `p95 ${quantile(gaps, 0.95).toFixed(1)} ms, max ${Math.max(...gaps).toFixed(1)} ms; frames over 20 ms: ${gaps.filter((g) => g > 20).length}, ` +
        `over 33 ms: ${gaps.filter((g) => g > 33).length}; cards in the DOM after scrolling: ${scroll.rendered}`,
    );
  } finally {
    await browser.close();
    await server.close();
    await testCore.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
