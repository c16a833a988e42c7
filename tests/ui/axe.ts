// Playwright UI helper: fail with a readable list when axe-core finds serious or critical problems.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Wall time one axe run may take on a slow, busy machine: it walks the whole page in the browser, 12 s
 * and more per run measured on a two-core machine at load 24.
 */
export const AXE_RUN_MS = 30_000;

export async function expectNoSeriousViolations(page: Page): Promise<void> {
  // Each run adds its own allowance to the running test's time limit, so a test's limit grows with the
  // axe runs it makes and a quick test with one run keeps a tight limit.
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + AXE_RUN_MS);
  // Motion off while axe looks (as the accessibility specs set it for the whole test): a toast still fading
  // in or out, which a slow machine keeps on screen longer, is measured at its final colours, not at a
  // half-transparent frame (a 3.02 contrast "violation" seen at load 20).
  const reduced = await page.evaluate<boolean>("matchMedia('(prefers-reduced-motion: reduce)').matches");
  if (!reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
  let results;
  try {
    results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  } finally {
    if (!reduced) await page.emulateMedia({ reducedMotion: null });
  }
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`).join('; ')})`);
  expect(serious).toEqual([]);
}
