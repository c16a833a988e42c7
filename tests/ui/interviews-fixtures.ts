// Playwright UI helpers for interviews: an application to interview for (made through the core), days and
// instants in a named time zone (worked out with Intl offsets, not the app's helper), downloads read back.
import fs from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { roleInput, type Hirebook } from './fixtures';

export interface Seeded {
  roleId: string;
  candidateId: string;
  applicationId: string;
}

/** A "Weekend Barista" role with `names` applied (the first one's ids returned). */
export async function seedApplications(hb: Hirebook, names: string[]): Promise<Seeded[]> {
  const role = await hb.call('roles:create', roleInput());
  const seeded: Seeded[] = [];
  for (const fullName of names) {
    const { candidate } = await hb.call('candidates:create', { fullName });
    const created = await hb.call('applications:create', { candidateId: candidate.id, roleIds: [role.id] });
    seeded.push({ roleId: role.id, candidateId: candidate.id, applicationId: created.applications[0]?.id ?? '' });
  }
  return seeded;
}

/** The calendar day (YYYY-MM-DD) in `timeZone`, `plusDays` from now. */
export function dayIn(timeZone: string, plusDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + plusDays * 86_400_000));
}

function offsetMs(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** The UTC ISO instant of a wall-clock time in `timeZone` (away from DST changes, which these tests avoid). */
export function instantIn(timeZone: string, day: string, time: string): string {
  const wall = Date.parse(`${day}T${time}:00.000Z`);
  return new Date(wall - offsetMs(timeZone, wall - offsetMs(timeZone, wall))).toISOString();
}

/** Clicks `trigger`, waits for the download and returns its file name and text. */
export async function downloadText(page: Page, trigger: Locator, testInfo: TestInfo): Promise<{ name: string; text: string; file: string }> {
  const download = page.waitForEvent('download');
  await trigger.click();
  const name = (await download).suggestedFilename();
  const file = testInfo.outputPath(name);
  await (await download).saveAs(file);
  return { name, text: fs.readFileSync(file, 'latin1'), file };
}

export interface InterviewRow {
  starts_at: string;
  duration_minutes: number;
  time_zone: string;
  kind: string;
  location: string;
  status: string;
}

export function interviewRows(hb: Hirebook): InterviewRow[] {
  return hb.rows<InterviewRow>('SELECT starts_at, duration_minutes, time_zone, kind, location, status FROM interviews ORDER BY created_at');
}

export function interviewerNames(hb: Hirebook): string[] {
  return hb.rows<{ name: string }>('SELECT name FROM interview_interviewers ORDER BY interview_id, position').map((r) => r.name);
}
