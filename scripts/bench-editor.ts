// Node script (`npx tsx scripts/bench-editor.ts`, after `npm run build`): keypress-to-paint in the job
// description editor with a ~3,000-word description, in Chromium through the UI test harness. Prints figures.
//
// Method. A capture-phase keydown listener in the page takes the event's timeStamp (when Chromium received
// the key, same clock as performance.now()). It then
//   - posts a MessageChannel message, which runs right after the input task (keydown, beforeinput, the
//     ProseMirror transaction and DOM mutation, our onUpdate): "input handling";
//   - requests an animation frame and, inside it, posts another message, which runs after that frame's
//     style, layout and paint: "keypress to paint" (it includes waiting for the next frame, as a person sees it).
// The Event Timing API is observed too (type 'event', durationThreshold 16, Chromium's minimum): it lists
// every key whose event-to-next-paint took 16 ms or more, as an independent check on the slow tail.
// Keys are typed at a human pace (80–160 ms apart, a one-second pause every 25 keys so that autosave, the
// coach and its highlights all run in between), into a paragraph in the middle of the largest section.
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer } from '../tests/ui/harness';

const KEYS = 200;
const WORDS = 'team kitchen guests service prepare clean schedule coffee orders customers shift morning weekend training safety friendly support manage stock deliveries counter register experience patient reliable careful'.split(' ');

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[(seed * 7 + i * 13 + i * i) % WORDS.length] ?? 'work');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Six sections of ~500 words each: paragraphs and bullet lists. */
function bigDescription(): { kind: 'description' | 'responsibilities' | 'requirements' | 'benefits' | 'about' | 'how_to_apply'; heading: string; html: string }[] {
  const kinds = ['description', 'responsibilities', 'requirements', 'benefits', 'about', 'how_to_apply'] as const;
  return kinds.map((kind, k) => {
    const paragraphs = Array.from({ length: 4 }, (_, p) => `<p>${Array.from({ length: 6 }, (_, s) => sentence(k * 100 + p * 10 + s, 14)).join(' ')}</p>`).join('');
    const bullets = `<ul>${Array.from({ length: 12 }, (_, b) => `<li><p>${sentence(k * 50 + b, 12)}</p></li>`).join('')}</ul>`;
    return { kind, heading: `Section ${k + 1}`, html: paragraphs + bullets };
  });
}

const PROBE = `(() => {
  const w = window;
  w.__bench = { paint: [], input: [], queue: [], slow: [] };
  document.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    const handlerStart = performance.now();
    w.__bench.queue.push(handlerStart - start);
    const afterTask = new MessageChannel();
    afterTask.port1.onmessage = () => w.__bench.input.push(performance.now() - handlerStart);
    afterTask.port2.postMessage(0);
    requestAnimationFrame(() => {
      const afterPaint = new MessageChannel();
      afterPaint.port1.onmessage = () => w.__bench.paint.push(performance.now() - start);
      afterPaint.port2.postMessage(0);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'beforeinput' || entry.name === 'input') w.__bench.slow.push(entry.name + ':' + entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})()`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(name: string, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`  ${name.padEnd(22)} n=${sorted.length}  p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted[sorted.length - 1] ?? Number.NaN)}`);
}

/** Polls from outside (page.waitForFunction would eval inside the page, which our CSP refuses). */
async function paintedAtLeast(page: Page, n: number): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (((await page.evaluate('window.__bench.paint.length')) as number) >= n) return;
    await page.waitForTimeout(5);
  }
  throw new Error(`key ${n} was never painted`);
}

async function typeKeys(page: Page): Promise<void> {
  for (let i = 0; i < KEYS; i++) {
    const key = i % 6 === 5 ? 'Space' : String.fromCharCode(97 + ((i * 7) % 26));
    await page.keyboard.press(key);
    await paintedAtLeast(page, i + 1);
    await page.waitForTimeout(i % 25 === 24 ? 1000 : 80 + ((i * 37) % 81));
  }
}

type Seed = ReturnType<typeof bigDescription>;

interface BenchResult {
  paint: number[];
  input: number[];
  queue: number[];
  slow: string[];
}

/** Types KEYS keys into the third section of a role with these sections; returns what the page measured. */
async function measure(browser: Browser, serverUrl: string, sections: Seed, plain = false): Promise<{ words: number; result: BenchResult }> {
  const testCore = createTestCore('hirebook-bench-editor-');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const created = await testCore.core.dispatch('roles:create', { title: 'Kitchen lead', status: 'draft' });
    if (!created.ok) throw new Error(created.error.message);
    const roleId = (created.value as { id: string }).id;
    const saved = await testCore.core.dispatch('descriptions:save', { roleId, sections });
    if (!saved.ok) throw new Error(saved.error.message);
    const check = await testCore.core.dispatch('jd:check', { roleId });
    await installBridge(page, testCore);
    await page.goto(`${serverUrl}#/roles/${roleId}/description`);
    await page.getByText(/^Posting score: /).waitFor();
    if (plain) {
      // The browser's floor: a bare contenteditable paragraph on the same page, no ProseMirror, no React.
      await page.evaluate("(() => { const d = document.createElement('div'); d.id = 'plain'; d.contentEditable = 'true'; d.innerHTML = '<p>Plain text to type into.</p>'; document.getElementById('main').prepend(d); })()");
      await page.locator('#plain p').click();
    } else {
      const editor = page.getByRole('textbox', { name: `Text: ${sections[Math.min(2, sections.length - 1)]?.heading ?? ''}`, exact: true });
      await editor.locator('p').nth(1).click();
    }
    await page.keyboard.press('End');
    await page.evaluate(PROBE);
    await typeKeys(page);
    if (!plain) await page.getByRole('status').filter({ hasText: /^Saved automatically$/ }).waitFor();
    const words = check.ok ? (check.value as { wordCount: number }).wordCount : Number.NaN;
    return { words, result: (await page.evaluate('window.__bench')) as BenchResult };
  } finally {
    testCore.setEventSink(null);
    await page.close();
    testCore.dispose();
  }
}

function report(title: string, words: number, sections: number, r: BenchResult): void {
  console.log(`${title}: ${KEYS} keys, ${words} words in ${sections} section(s)`);
  summary('keypress to paint', r.paint);
  summary('waiting to dispatch', r.queue);
  summary('input handling', r.input);
  const keydowns = r.slow.filter((s) => s.startsWith('keydown:'));
  console.log(`  Event Timing: ${keydowns.length} of ${KEYS} keydowns took ≥16 ms to the next paint${keydowns.length ? ` (${keydowns.map((s) => s.slice(8)).join(', ')} ms)` : ''}`);
}

async function main(): Promise<void> {
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log(`Chromium: ${path.basename(chromiumLaunchOptions().executablePath ?? 'chromium')}, headless, software rendering (--disable-gpu)`);
    const big = bigDescription();
    const large = await measure(browser, server.url, big);
    report('Editor, ~3,000-word description', large.words, big.length, large.result);
    // The same keys in a short posting: what is left is the browser's own cost per keystroke here.
    const small = big.slice(0, 1).map((s) => ({ ...s, html: s.html.slice(0, s.html.indexOf('</p>') + 4) + '<p>Short second paragraph.</p>' }));
    const short = await measure(browser, server.url, small);
    report('For comparison, a short description', short.words, small.length, short.result);
    const floor = await measure(browser, server.url, small, true);
    report('For comparison, a bare contenteditable on the same page', 5, 1, floor.result);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
