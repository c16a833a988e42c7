// applications:export through the real core: the cards selected on a board as CSV (candidate columns plus
// role, stage, status, the card's rating in words and where it comes from, days in stage), formula-safe, and
// refused whole when one card is gone.
// Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { ApplicationList, CandidateCreateResult, CandidateExportFile, Interview, Scorecard } from '../../electron/contract';
import { board, call, errorOf, newRole, stageId } from '../helpers/applicants';
import { interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { tempCore } from '../helpers/temp-core';

const lines = (file: CandidateExportFile): string[] => file.content.replace(/^\uFEFF/, '').trim().split('\r\n');

describe('applications:export', () => {
  it('writes one row per selected application, with its stage, status, rating and days in stage', async () => {
    let now = Date.parse('2026-05-01T09:00:00.000Z');
    const core = tempCore({ now: () => new Date(now) });
    const role = await newRole(core, 'Barista');
    const interview = stageId(await board(core, role.id), 'Interview');
    const add = async (fullName: string, extra: Record<string, unknown> = {}) => {
      const { candidate } = await call<CandidateCreateResult>(core, 'candidates:create', { fullName, ...extra });
      const created = await call<ApplicationList>(core, 'applications:create', { candidateId: candidate.id, roleIds: [role.id] });
      return created.applications[0]?.id ?? '';
    };
    const ana = await add('Ana Souza', { emails: ['ana@example.com'], phones: ['+1 207 555 0100'], tags: ['barista'] });
    const bo = await add('=Bo Chen', { location: '-Leeds' });
    await add('Cy Lund');
    await call(core, 'applications:move', { applicationId: ana, toStageId: interview });
    await call(core, 'applications:rate', { applicationId: ana, rating: 4 });
    now += 3 * 86_400_000 + 3_600_000;

    const file = await call<CandidateExportFile>(core, 'applications:export', { applicationIds: [ana, bo] });
    expect(file.fileName).toBe('applications-2026-05-04.csv');
    expect(file.rows).toBe(2);
    const [header, ...rows] = lines(file);
    expect(header).toBe('Name,Email,Phone,Location,Source,Tags,LinkedIn,Portfolio,Summary,Added,Role,Stage,Status,Rating,Rating from,Days in stage');
    // Board order: Applied before Interview. Cells a spreadsheet would run are quoted.
    expect(rows).toEqual([
      `'=Bo Chen,,,'-Leeds,,,,,,2026-05-01T09:00:00.000Z,Barista,Applied,Active,,,3`,
      `Ana Souza,ana@example.com,'+1 207 555 0100,,,barista,,,,2026-05-01T09:00:00.000Z,Barista,Interview,Active,Strong yes,Your rating,3`,
    ]);
  });

  it('writes the card’s rating: the scorecards’ word once one is submitted, else your own, as words', async () => {
    const core = tempCore();
    const world = await interviewWorld(core, ['Ana Lima', 'Bo Chen', 'Cy Lund']);
    const [ana = '', bo = '', cy = ''] = world.applicationIds;
    await call(core, 'applications:rate', { applicationId: ana, rating: 2 });
    await call(core, 'applications:rate', { applicationId: bo, rating: 1 });
    const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(ana, { interviewers: ['Marisol Ortega'] }));
    const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, recommendation: 'strong_yes' });
    await call(core, 'scorecards:submit', { scorecardId: card.id });

    const file = await call<CandidateExportFile>(core, 'applications:export', { applicationIds: [ana, bo, cy] });
    const parsed = Papa.parse<Record<string, string>>(file.content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((row) => [row.Name, row.Rating, row['Rating from']])).toEqual([
      ['Ana Lima', 'Strong yes', '1 scorecard'],
      ['Bo Chen', 'Strong no', 'Your rating'],
      ['Cy Lund', '', ''],
    ]);
  });

  it('is refused whole when a selected application no longer exists', async () => {
    const core = tempCore();
    const role = await newRole(core, 'Baker');
    const { candidate } = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Dee Park' });
    const created = await call<ApplicationList>(core, 'applications:create', { candidateId: candidate.id, roleIds: [role.id] });
    const id = created.applications[0]?.id ?? '';
    expect(await errorOf(core, 'applications:export', { applicationIds: [id, '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e'] })).toMatchObject({ code: 'not_found' });
    expect(await errorOf(core, 'applications:export', { applicationIds: [] })).toMatchObject({ code: 'invalid_input' });
  });
});
