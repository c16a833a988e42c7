// Playwright UI: Reports on the sample data: every report's figures are the core's answer for the same
// role and range, each with the core's definitions beside it; charts where they help; a report's CSV is
// byte for byte the core's; the printed page carries the charts as SVG and no script.
import fs from 'node:fs';
import { format, subDays } from 'date-fns';
import { figureText, REPORT_CHARTS, REPORT_NAMES, type ReportsDocumentQuery } from '../../electron/contract';
import { expect, test } from './fixtures';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** What the page starts with: the last 90 days, today included, for all roles. */
const lastNinetyDays = (): ReportsDocumentQuery => ({ from: format(subDays(new Date(), 89), 'yyyy-MM-dd'), to: format(new Date(), 'yyyy-MM-dd'), timeZone: zone });

test('every report shows the core’s figures and definitions, for all roles and for one', async ({ hb }) => {
  test.setTimeout(240_000);
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  const check = async (scope: ReportsDocumentQuery) => {
    for (const name of REPORT_NAMES) {
      const report = await hb.call('reports:get', { name, ...scope });
      const section = page.getByRole('region', { name: report.title, exact: true });
      await expect(section.getByText(report.about)).toBeVisible();
      const definitions = section.getByRole('definition');
      await expect(definitions).toHaveText(report.columns.map((c) => c.definition));
      if (report.rows.length === 0) {
        await expect(section.getByText('Nothing in this range.')).toBeVisible();
      } else {
        const cells = report.rows.map((row) => report.columns.map((c) => figureText(row[c.key], c.unit)));
        const rows = section.getByRole('table').getByRole('row');
        await expect(rows).toHaveCount(cells.length + 1);
        for (const [index, expected] of cells.entries()) await expect(rows.nth(index + 1).getByRole('cell')).toHaveText(expected);
      }
      const chart = section.getByRole('img', { name: `Chart: ${report.title}. The same figures are in the table.` });
      await expect(chart).toHaveCount(REPORT_CHARTS[name] && report.rows.length > 0 ? 1 : 0);
    }
  };

  await check(lastNinetyDays());
  const funnelAll = await hb.call('reports:get', { name: 'funnel', ...lastNinetyDays() });
  expect(funnelAll.rows.length).toBeGreaterThan(0);

  const { roles } = await hb.call('roles:list', {});
  const role = roles.find((r) => r.title === 'Head Baker') ?? roles[0];
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role?.title ?? '' });
  await check({ ...lastNinetyDays(), roleId: role?.id ?? '' });

  // A wider range is the core's answer for that range too.
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'All roles' });
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await check({ ...lastNinetyDays(), from: '2020-01-01' });
});

test('a report exports as the core’s CSV, byte for byte', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('#/reports');
  const section = page.getByRole('region', { name: 'Sources compared', exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export CSV: Sources compared' }).click()]);
  const expected = await hb.call('reports:csv', { name: 'sources', ...lastNinetyDays() });
  expect(download.suggestedFilename()).toBe(expected.fileName);
  expect(download.suggestedFilename()).toMatch(/^sources-all-roles-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync((await download.path()) ?? '');
  expect(bytes.equals(Buffer.from(expected.content, 'utf8'))).toBe(true);
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFFSource,Applications,People,Interviews,Hires,Hire rate\r\n')).toBe(true);
  expect(text).toContain('Hire rate,Hires divided by applications.');
});

test('Print… sends the static page with SVG charts and no script; Save PDF gives its PDF', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('#/reports');
  await expect(page.getByRole('region', { name: 'Pipeline funnel', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByText('Sent to the printer')).toBeVisible();
  const printed = hb.platform.printed.at(-1)?.html ?? '';
  expect(printed).toContain('<title>Hiring reports — All roles</title>');
  expect((printed.match(/<svg /g) ?? []).length).toBe(3);
  expect(printed).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
  const funnel = await hb.call('reports:get', { name: 'funnel', ...lastNinetyDays() });
  for (const row of funnel.rows) expect(printed).toContain(`>${String(row.stage)}</text>`);
  expect(printed).toBe((await hb.call('reports:html', lastNinetyDays())).html);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^hiring-reports-all-roles-.*\.pdf$/);
  expect(fs.readFileSync((await download.path()) ?? '').subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
