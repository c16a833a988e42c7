// Playwright UI: scheduling interviews: from a candidate's page (listed under Today, with an .ics file in the
// booking zone), rescheduled to a later day and another zone, cancelled after a confirmation; field messages;
// the pipeline card menu with the last interviewers remembered; axe checks. The database is read back.
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { dayIn, downloadText, instantIn, interviewerNames, interviewRows, seedApplications } from './interviews-fixtures';
import { card, openBoard } from './pipeline-fixtures';

const ZONE = 'America/New_York';
test.use({ timezoneId: ZONE });

test('an interview scheduled from the profile shows under Today, downloads as .ics, can be moved and cancelled', async ({ hb }, testInfo) => {
  const { page } = hb;
  const [ana] = await seedApplications(hb, ['Ana Lima']);
  await hb.open(`#/candidates/${ana?.candidateId}`);
  await page.getByRole('button', { name: 'Schedule interview for Weekend Barista' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule interview' });
  await expect(dialog.getByText('Ana Lima for Weekend Barista')).toBeVisible();
  await expect(dialog.getByLabel('Time zone')).toHaveValue(ZONE);

  const today = dayIn(ZONE);
  await dialog.getByLabel('Date').fill(today);
  await dialog.getByLabel('Start time').fill('12:00');
  await dialog.getByLabel('Length').selectOption({ label: '1 h' });
  await dialog.getByRole('radio', { name: 'Video' }).check();
  await dialog.getByLabel('Video link').fill('https://meet.example/ana');
  await dialog.getByLabel('Interviewer 1', { exact: true }).fill('Maya Ortiz');
  await dialog.getByRole('button', { name: 'Add interviewer' }).click();
  await expect(dialog.getByLabel('Interviewer 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Sam Lee');
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Interview with Ana Lima scheduled')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Upcoming interviews' })).toContainText('12:00–13:00');

  expect(interviewRows(hb)).toHaveLength(1);
  const [row] = interviewRows(hb);
  expect(Date.parse(row?.starts_at ?? '')).toBe(Date.parse(instantIn(ZONE, today, '12:00')));
  expect(row).toMatchObject({ duration_minutes: 60, time_zone: ZONE, kind: 'video', location: 'https://meet.example/ana', status: 'scheduled' });
  expect(interviewerNames(hb)).toEqual(['Maya Ortiz', 'Sam Lee']);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interviews' }).click();
  const todayGroup = page.getByRole('region', { name: /^Today/ });
  await expect(todayGroup.getByRole('link', { name: 'Ana Lima' })).toBeVisible();
  await expect(todayGroup).toContainText('12:00–13:00');
  await expect(todayGroup).toContainText('Maya Ortiz, Sam Lee');
  await expectNoSeriousViolations(page);

  const ics = await downloadText(page, todayGroup.getByRole('button', { name: 'Download calendar file for Ana Lima' }), testInfo);
  expect(ics.name).toBe(`interview-ana-lima-${row?.starts_at.slice(0, 10)}.ics`);
  expect(ics.text).toContain(`DTSTART;TZID=${ZONE}:${today.replaceAll('-', '')}T120000`);
  expect(ics.text).toContain(`DTEND;TZID=${ZONE}:${today.replaceAll('-', '')}T130000`);
  expect(ics.text).toContain('SUMMARY:Interview: Ana Lima (Weekend Barista)');
  expect(ics.text).toContain(`TZID:${ZONE}`);

  // Reschedule: ten days on (past this week), at 09:30 London time.
  await todayGroup.getByRole('button', { name: 'Open interview with Ana Lima' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview with Ana Lima' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start interview mode as Sam Lee' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Reschedule…' }).click();
  const again = page.getByRole('dialog', { name: 'Reschedule interview' });
  await expect(again.getByLabel('Date')).toHaveValue(today);
  await expect(again.getByLabel('Start time')).toHaveValue('12:00');
  await expect(again.getByLabel('Interviewer 2', { exact: true })).toHaveValue('Sam Lee');
  const later = dayIn('Europe/London', 10);
  await again.getByLabel('Date').fill(later);
  await again.getByLabel('Start time').fill('09:30');
  await again.getByLabel('Time zone').selectOption('Europe/London');
  await again.getByRole('button', { name: 'Save new time' }).click();
  await expect(again).toBeHidden();
  await expect.poll(() => interviewRows(hb)[0]?.time_zone).toBe('Europe/London');
  expect(Date.parse(interviewRows(hb)[0]?.starts_at ?? '')).toBe(Date.parse(instantIn('Europe/London', later, '09:30')));
  await expect(page.getByText('Booked as 09:30 Europe/London')).toBeVisible();

  // Cancel, after saying no once.
  await page.getByRole('button', { name: 'Cancel interview' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Cancel the interview with Ana Lima?' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  expect(interviewRows(hb)[0]?.status).toBe('scheduled');
  await page.getByRole('button', { name: 'Cancel interview' }).click();
  await confirm.getByRole('button', { name: 'Cancel interview' }).click();
  await expect.poll(() => interviewRows(hb)[0]?.status).toBe('cancelled');
  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await expect(page.getByRole('region', { name: /^Today/ })).toContainText('Nothing booked for today.');
  await page.getByText('Past and cancelled').click();
  await expect(page.getByRole('listitem', { name: /^Ana Lima/ })).toContainText('Cancelled');
});

test('the dialog says what is missing, focuses it, and saves nothing', async ({ hb }) => {
  const { page } = hb;
  const [ana] = await seedApplications(hb, ['Ana Lima']);
  await hb.open(`#/candidates/${ana?.candidateId}`);
  await page.getByRole('button', { name: 'Schedule interview for Weekend Barista' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule interview' });
  await dialog.getByLabel('Start time').fill('');
  await dialog.getByLabel('Length').selectOption('custom');
  await dialog.getByLabel('Minutes').fill('600');
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(dialog.getByText('Choose a time')).toBeVisible();
  await expect(dialog.getByText('At most 8 hours')).toBeVisible();
  await expect(dialog.getByText('Give the interviewer a name')).toBeVisible();
  await expect(dialog.getByLabel('Start time')).toBeFocused();
  await expectNoSeriousViolations(page);
  expect(interviewRows(hb)).toEqual([]);

  await dialog.getByLabel('Start time').fill('16:15');
  await dialog.getByLabel('Minutes').fill('50');
  await dialog.getByLabel('Interviewer 1', { exact: true }).fill('Maya Ortiz');
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(dialog).toBeHidden();
  expect(interviewRows(hb)).toMatchObject([{ duration_minutes: 50, kind: 'onsite' }]);
});

test('the board card menu schedules too, with the last interviewers filled in', async ({ hb }) => {
  const { page } = hb;
  const [ana, bo] = await seedApplications(hb, ['Ana Lima', 'Bo Chen']);
  await hb.open(`#/candidates/${ana?.candidateId}`);
  await page.getByRole('button', { name: 'Schedule interview for Weekend Barista' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule interview' });
  await dialog.getByLabel('Interviewer 1', { exact: true }).fill('Maya Ortiz');
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(dialog).toBeHidden();

  // The Interviews screen follows writes made elsewhere (here, straight through the core).
  await hb.open('#/interviews');
  await expect(page.getByRole('link', { name: 'Bo Chen' })).toHaveCount(0);
  const tomorrow = dayIn(ZONE, 1);
  await hb.call('interviews:schedule', { applicationId: bo?.applicationId ?? '', startsAt: instantIn(ZONE, tomorrow, '08:00'), timeZone: ZONE, kind: 'video', interviewers: ['Jo Park'] });
  await expect(page.getByRole('listitem', { name: /^Bo Chen/ })).toContainText('08:00–08:45');

  await openBoard(hb, bo?.roleId ?? '');
  await card(page, 'Bo Chen').getByRole('button', { name: 'Actions for Bo Chen' }).click();
  await page.getByRole('menuitem', { name: 'Schedule interview…' }).click();
  await expect(dialog.getByText('Bo Chen', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('Interviewer 1', { exact: true })).toHaveValue('Maya Ortiz');
  await dialog.getByRole('radio', { name: 'Phone' }).check();
  await expect(dialog.getByLabel('Phone number')).toBeVisible();
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(dialog).toBeHidden();
  const apps = hb.rows<{ application_id: string; kind: string }>('SELECT application_id, kind FROM interviews ORDER BY created_at');
  expect(apps).toEqual([
    { application_id: ana?.applicationId, kind: 'onsite' },
    { application_id: bo?.applicationId, kind: 'video' },
    { application_id: bo?.applicationId, kind: 'phone' },
  ]);
});

test('removing an interviewer who already wrote a scorecard is refused with the reason, and nothing changes', async ({ hb }) => {
  const { page } = hb;
  const [ana] = await seedApplications(hb, ['Ana Lima']);
  const day = dayIn(ZONE, 3);
  const interview = await hb.call('interviews:schedule', {
    applicationId: ana?.applicationId ?? '',
    startsAt: instantIn(ZONE, day, '10:00'),
    timeZone: ZONE,
    kind: 'onsite',
    location: 'Back office',
    interviewers: ['Maya Ortiz', 'Sam Lee'],
  });
  const sam = interview.interviewers.find((i) => i.name === 'Sam Lee');
  const card = await hb.call('scorecards:open', { interviewId: interview.id, interviewerId: sam?.id ?? '' });
  await hb.call('scorecards:save', { scorecardId: card.id, notes: 'Asked good questions about the oven.' });

  await hb.open(`#/interviews/${interview.id}`);
  await expect(page.getByText('Scorecard in progress')).toBeVisible();
  await page.getByRole('button', { name: 'Reschedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reschedule interview' });
  await dialog.getByRole('button', { name: 'Remove interviewer 2 (Sam Lee)' }).click();
  await dialog.getByLabel('Start time').fill('11:00');
  await dialog.getByRole('button', { name: 'Save new time' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Sam Lee has already written a scorecard');
  await expect(dialog).toBeVisible();
  expect(interviewerNames(hb)).toEqual(['Maya Ortiz', 'Sam Lee']);
  expect(Date.parse(interviewRows(hb)[0]?.starts_at ?? '')).toBe(Date.parse(instantIn(ZONE, day, '10:00')));
});

test('a past interview without feedback waits under Awaiting feedback until it is marked as completed', async ({ hb }) => {
  const { page } = hb;
  const [ana] = await seedApplications(hb, ['Ana Lima']);
  const interview = await hb.call('interviews:schedule', {
    applicationId: ana?.applicationId ?? '',
    startsAt: instantIn(ZONE, dayIn(ZONE, -2), '15:00'),
    timeZone: ZONE,
    kind: 'phone',
    location: '+1 503 555 0101',
    interviewers: ['Maya Ortiz'],
  });
  await hb.open('#/interviews');
  const awaiting = page.getByRole('region', { name: /^Awaiting feedback/ });
  await expect(awaiting.getByRole('listitem', { name: /^Ana Lima/ })).toContainText('Awaiting feedback');
  // It took place: feedback is offered, not a start.
  await expect(awaiting.getByRole('button', { name: 'Give feedback on the interview with Ana Lima' })).toBeVisible();
  await expect(awaiting.getByRole('button', { name: 'Start interview with Ana Lima' })).toHaveCount(0);
  await awaiting.getByRole('button', { name: 'Open interview with Ana Lima' }).click();
  await expect(page.getByText('0 of 1 scorecards in')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as completed' }).click();
  await expect(page.getByRole('button', { name: 'Mark as completed' })).toBeHidden();
  expect(hb.rows<{ status: string }>('SELECT status FROM interviews WHERE id = ?', interview.id)).toEqual([{ status: 'completed' }]);

  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await expect(page.getByRole('region', { name: /^Awaiting feedback/ })).toHaveCount(0);
  await page.getByText('Past and cancelled').click();
  const done = page.getByRole('listitem', { name: /^Ana Lima/ });
  await expect(done).toContainText('Completed');
  // A completed interview offers no Start (nor Feedback): Open and the calendar file only.
  await expect(done.getByRole('button')).toHaveText(['Open', '']);
});
