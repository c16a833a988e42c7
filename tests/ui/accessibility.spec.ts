// Playwright UI: axe-core finds no serious or critical accessibility problems on the main screens, in the light
// and the dark theme at 1024×640, and the Appearance setting chooses the theme over the computer's.
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, test, type Hirebook } from './fixtures';

test('roles list, role form (with errors) and Settings pass axe', async ({ hb }) => {
  const { page } = hb;
  // Toasts fade in; without motion axe measures their final colours, not a half-transparent frame.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await hb.open();
  await expect(page.getByRole('heading', { name: 'No roles yet' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('table').getByRole('button', { name: /^Edit / }).first().click();
  await expect(page.getByLabel('Job title')).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByLabel('Job title').fill('');
  await page.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByLabel('Job title')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page);

  await page.getByRole('link', { name: 'Roles' }).first().click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

/** Every main screen on the sample data, with what shows it has finished loading. */
async function mainScreens(hb: Hirebook): Promise<{ name: string; hash: string; ready: (page: Page) => Promise<void> }[]> {
  await hb.call('sample:load', {});
  const { roles } = await hb.call('roles:list', {});
  let busiest = { id: '', cards: -1 };
  for (const role of roles) {
    const board = await hb.call('pipeline:get', { roleId: role.id });
    if (board.cards.length > busiest.cards) busiest = { id: role.id, cards: board.cards.length };
  }
  const { roleId } = await hb.call('templates:use', { templateId: 'barista' });
  const { rows } = await hb.call('candidates:list', { limit: 1 });
  const candidateId = rows[0]?.id ?? '';
  const visible = (locator: Locator) => expect(locator).toBeVisible();
  return [
    { name: 'today', hash: '#/', ready: (p) => visible(p.getByRole('region', { name: /^Feedback to write/ })) },
    { name: 'reports', hash: '#/reports', ready: (p) => visible(p.getByRole('img', { name: /^Chart: Pipeline funnel/ })) },
    { name: 'roles', hash: '#/roles', ready: (p) => visible(p.getByRole('table')) },
    { name: 'pipeline', hash: `#/roles/${busiest.id}/pipeline`, ready: (p) => visible(p.getByTestId('board-card').first()) },
    { name: 'candidates', hash: '#/candidates', ready: (p) => visible(p.getByRole('table')) },
    { name: 'candidate profile', hash: `#/candidates/${candidateId}`, ready: (p) => visible(p.getByRole('heading', { name: 'Contact details' })) },
    { name: 'interviews', hash: '#/interviews', ready: (p) => visible(p.getByRole('heading', { name: 'Awaiting feedback' })) },
    { name: 'description editor', hash: `#/roles/${roleId}/description`, ready: (p) => visible(p.getByText(/^Posting score: /)) },
    {
      name: 'posting',
      hash: `#/roles/${roleId}/posting`,
      ready: (p) => visible(p.getByRole('region', { name: 'Classic posting preview' }).getByRole('heading', { level: 1 })),
    },
    { name: 'settings', hash: '#/settings', ready: (p) => visible(p.getByRole('heading', { name: 'Company profile' })) },
    {
      name: 'backups',
      hash: '#/settings',
      ready: async (p) => {
        const heading = p.getByRole('heading', { name: 'Backups' });
        await heading.scrollIntoViewIfNeeded();
        await expect(heading).toBeInViewport();
      },
    },
  ];
}

// The page's background in each theme (styles/tokens.css --bg), to see that the colours really changed.
const PAGE_BACKGROUND = { light: 'rgb(246, 247, 249)', dark: 'rgb(18, 20, 24)' } as const;

test.describe('at 1024×640', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every main screen passes axe with the computer set to ${scheme}`, async ({ hb }) => {
      const { page } = hb;
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const screens = await mainScreens(hb);
      for (const screen of screens) {
        await test.step(screen.name, async () => {
          await hb.open(screen.hash);
          await screen.ready(page);
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          await expect(page.locator('body')).toHaveCSS('background-color', PAGE_BACKGROUND[scheme]);
          await expectNoSeriousViolations(page);
        });
      }
    });
  }

  test('the Appearance setting overrides the computer, passes axe and stays after a reload', async ({ hb }) => {
    const { page } = hb;
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await hb.call('sample:load', {});
    await hb.open('#/settings');
    const colours = page.getByRole('group', { name: 'Colours' });
    await expect(colours.getByRole('radio', { name: 'Same as this computer' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    await colours.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', PAGE_BACKGROUND.dark);
    await expectNoSeriousViolations(page);

    await page.reload();
    await expect(page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', PAGE_BACKGROUND.dark);
    // What prints from the window prints on white paper, in the light colours.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body')).toHaveCSS('background-color', PAGE_BACKGROUND.light);
    await page.emulateMedia({ media: null });
    await expect(page.locator('body')).toHaveCSS('background-color', PAGE_BACKGROUND.dark);

    // The printed posting's paper stays white with dark ink in the dark theme.
    const { roles } = await hb.call('roles:list', {});
    await hb.open(`#/roles/${roles[0]?.id ?? ''}/posting`);
    const preview = page.getByRole('region', { name: 'Classic posting preview' });
    await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.posting-sheet')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expectNoSeriousViolations(page);

    // Light chosen while the computer is dark: light wins, also after a reload.
    await page.emulateMedia({ colorScheme: 'dark' });
    await hb.open('#/settings');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: 'Light' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: 'Light' })).toBeChecked();
    await expect(page.locator('body')).toHaveCSS('background-color', PAGE_BACKGROUND.light);

    // Back to the computer's setting: follows it as it changes.
    await page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: 'Same as this computer' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
