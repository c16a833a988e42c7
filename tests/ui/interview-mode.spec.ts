// Playwright UI: interview mode: pick the interviewer, rate by mouse and keyboard, type notes, reload and find
// everything as it was; finish with a recommendation and take-aways, see them on the candidate's page, move the
// application on from the end screen (and, in another test, reject it); the empty summary; Exit saves first; axe.
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { CARD_SQL, criterionGroup, gotoMode, notesField, RATINGS_SQL, saved, seedInterviewMode, type CardRow } from './interview-mode-fixtures';
import { appRow } from './pipeline-fixtures';
import { makePdf } from '../fixtures/candidates/make-pdf';

test('an interviewer rates, takes notes, reloads to find it all, submits, sees the summary and moves the candidate on', async ({ hb }) => {
  const { page } = hb;
  const seed = await seedInterviewMode(hb.call);
  await hb.open('#/interviews');
  await gotoMode(page, seed.interviewId);

  await expect(page.getByRole('heading', { name: 'Who is scoring?' })).toBeVisible();
  await page.getByRole('button', { name: /Dev Patel/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeVisible();
  await expect(page.getByRole('document', { name: 'Résumé text' })).toContainText('Trained four new starters on milk texturing.');
  await expect(page.getByRole('region', { name: 'Candidate' })).toContainText('ana@example.com');

  // Mouse.
  await criterionGroup(page, 'Calm when the line').getByRole('radio', { name: '3 Yes' }).click();
  await expect(criterionGroup(page, 'Calm when the line').getByRole('radio', { name: '3 Yes' })).toBeChecked();
  // Keyboard: arrow keys within the group, then a number key as a shortcut.
  const espresso = criterionGroup(page, 'Espresso bar experience');
  await espresso.getByRole('radio', { name: 'Not assessed' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(espresso.getByRole('radio', { name: '4 Strong yes' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(espresso.getByRole('radio', { name: '3 Yes' })).toBeChecked();
  await page.keyboard.press('2');
  await expect(espresso.getByRole('radio', { name: '2 No' })).toBeChecked();
  await expect(espresso.getByRole('radio', { name: '2 No' })).toBeFocused();
  await expect.poll(() => hb.rows(RATINGS_SQL, seed.interviewId, 'Dev Patel')).toEqual([
    { label: 'Calm when the line is out the door', rating: 3 },
    { label: 'Espresso bar experience', rating: 2 },
  ]);

  const typed = 'Warm with regulars.\nAsked about the weekend rota — twice.';
  await notesField(page).click();
  await page.keyboard.type(typed);
  await expect(saved(page)).toBeVisible();
  expect(hb.rows<CardRow>(CARD_SQL, seed.interviewId, 'Dev Patel')[0]?.notes).toBe(typed);

  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('timer')).not.toHaveText('0:00');
  await page.getByRole('button', { name: 'Pause' }).click();
  const shown = await page.getByRole('timer').innerText();
  await expect.poll(() => hb.rows<CardRow>(CARD_SQL, seed.interviewId, 'Dev Patel')[0]?.elapsed_seconds).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeVisible();
  await expect(notesField(page)).toHaveValue(typed);
  await expect(criterionGroup(page, 'Calm when the line').getByRole('radio', { name: '3 Yes' })).toBeChecked();
  await expect(espresso.getByRole('radio', { name: '2 No' })).toBeChecked();
  await expect(criterionGroup(page, 'Weekend availability').getByRole('radio', { name: 'Not assessed' })).toBeChecked();
  await expect(page.getByRole('timer')).toHaveText(shown);

  await page.getByRole('button', { name: 'Finish interview' }).click();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose your overall recommendation');
  await page.getByRole('radio', { name: 'Strong yes' }).click();
  await page.getByLabel('Key take-aways').fill('Ready for weekends.\nPair with Marisol for latte art.');
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByRole('heading', { name: 'Scorecard submitted' })).toBeVisible();
  const card = hb.rows<CardRow>(CARD_SQL, seed.interviewId, 'Dev Patel')[0];
  expect(card).toMatchObject({ recommendation: 'strong_yes', takeaways: 'Ready for weekends.\nPair with Marisol for latte art.' });
  expect(card?.submitted_at).not.toBeNull();

  const next = seed.stages[2] ?? '';
  await page.getByRole('button', { name: `Move to ${next}` }).click();
  await expect(page.getByText(`Ana Lima moved to ${next}. The move is recorded in their history.`)).toBeVisible();
  await expect(page.getByText(`Moved Ana Lima to ${next}`)).toBeVisible();
  expect(appRow(hb, seed.applicationId)).toMatchObject({ stage: next, status: 'active' });

  await page.getByRole('button', { name: 'Back to candidate' }).click();
  const feedback = page.getByRole('region', { name: 'Interview feedback' });
  const table = feedback.getByRole('table');
  await expect(table.getByRole('row', { name: /Calm when the line/ })).toContainText('Yes');
  await expect(table.getByRole('row', { name: /Espresso bar experience/ })).toContainText('No');
  await expect(table.getByRole('row', { name: /Weekend availability/ })).toContainText('—');
  await expect(feedback.getByRole('listitem').filter({ hasText: 'Dev Patel' })).toContainText('Strong yes');
  await expect(feedback.getByRole('listitem').filter({ hasText: 'Marisol Ortega' })).toContainText('No scorecard yet');
  await feedback.getByText('Dev Patel’s notes').click();
  const notes = feedback.locator('.sc-note-text');
  await expect(notes).toBeVisible();
  expect(await notes.innerText()).toBe(typed);
  await expectNoSeriousViolations(page);
});

test('a candidate without interviews gets a calm empty state on their page', async ({ hb }) => {
  const { candidate } = await hb.call('candidates:create', { fullName: 'Bo Chen' });
  await hb.open(`#/candidates/${candidate.id}`);
  await expect(hb.page.getByRole('region', { name: 'Interview feedback' })).toContainText('No interviews yet.');
});

test('the end screen rejects the application with a reason, and it is recorded', async ({ hb }) => {
  const { page } = hb;
  const seed = await seedInterviewMode(hb.call);
  await hb.open('#/interviews');
  await gotoMode(page, seed.interviewId, seed.interviewers['Marisol Ortega']);
  await expect(page.getByText('scoring as Marisol Ortega')).toBeVisible();
  await page.getByRole('button', { name: 'Finish interview' }).click();
  await page.getByRole('radio', { name: 'No', exact: true }).click();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByRole('heading', { name: 'Scorecard submitted' })).toBeVisible();

  await expect(page.getByRole('button', { name: `Keep in ${seed.stages[1] ?? ''}` })).toBeVisible();
  await page.getByRole('button', { name: 'Reject…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject Ana Lima' });
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a reason');
  await dialog.getByLabel('Lacks experience').check();
  await dialog.getByLabel('Note (optional)').fill('Needs more bar time');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Ana Lima was rejected.', { exact: false })).toBeVisible();
  const row = appRow(hb, seed.applicationId);
  expect(row?.status).toBe('rejected');
  const reason = hb.rows<{ label: string }>('SELECT label FROM rejection_reasons WHERE id = ?', row?.rejection_reason_id)[0];
  expect(reason?.label).toBe('Lacks experience');
  expect(hb.rows<CardRow>(CARD_SQL, seed.interviewId, 'Marisol Ortega')[0]?.recommendation).toBe('no');

  // Undo on the toast brings the application back, active in its stage, and offers the choices again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Ana Lima is back in ${seed.stages[1] ?? ''}`)).toBeVisible();
  await expect.poll(() => appRow(hb, seed.applicationId)).toMatchObject({ stage: seed.stages[1], status: 'active' });
  await expect(page.getByRole('button', { name: 'Reject…' })).toBeVisible();
});

test('interview mode passes axe; Exit saves what was just typed; a running timer survives a reload', async ({ hb }) => {
  const { page } = hb;
  const seed = await seedInterviewMode(hb.call);
  await hb.open('#/interviews');
  await gotoMode(page, seed.interviewId, seed.interviewers['Dev Patel']);
  await expect(page.getByRole('heading', { name: 'Criteria' })).toBeVisible();
  await expect(page.getByRole('document', { name: 'Résumé text' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await notesField(page).click();
  await page.keyboard.type('Left in a hurry');
  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
  expect(hb.rows<CardRow>(CARD_SQL, seed.interviewId, 'Dev Patel')[0]?.notes).toBe('Left in a hurry');

  await gotoMode(page, seed.interviewId, seed.interviewers['Dev Patel']);
  // A running timer's seconds go with the next save (here a note), so a reload mid-interview keeps them.
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^0:0[2-9]$/);
  await notesField(page).press('End');
  await page.keyboard.type(' Back.');
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const seconds = hb.rows<CardRow>(CARD_SQL, seed.interviewId, 'Dev Patel')[0]?.elapsed_seconds ?? 0;
  expect(seconds).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('timer')).toHaveText(`0:0${seconds}`);
  await expect(notesField(page)).toHaveValue('Left in a hurry Back.');
  await page.getByRole('button', { name: 'Finish interview' }).click();
  await expect(page.getByRole('heading', { name: 'Finish the interview' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('a PDF résumé is shown as the text read from it, beside the criteria', async ({ hb }) => {
  const { page } = hb;
  const pdf = makePdf(['Ana Lima', 'Shift lead at Tidewater Roasters', 'Dialled in two grinders every morning.']);
  const seed = await seedInterviewMode(hb.call, { fileName: 'ana-lima.pdf', bytes: pdf });
  await hb.open('#/interviews');
  await gotoMode(page, seed.interviewId);
  await page.getByRole('button', { name: /Dev Patel/ }).click();
  const resume = page.getByRole('document', { name: 'Résumé text' });
  await expect(resume).toContainText('Shift lead at Tidewater Roasters');
  await expect(resume).toContainText('Dialled in two grinders every morning.');
  await expect(page.getByText('ana-lima.pdf cannot be shown here.')).toHaveCount(0);
});
