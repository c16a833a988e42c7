// "Export everything about this person" (candidates:export-person): a distinctive value planted in every
// personal field, a note, a rejection note, a scorecard (notes, take-aways, a rating) and two files (one
// with the same bytes as another candidate's file) all come back in the zip — data.json as stored,
// summary.html escaped (a name that is a script tag appears only escaped), the files byte for byte —
// and another candidate's data does not. A missing person, a file already at the target and a disk that
// fills mid-write leave nothing at the target; the activity log records the export without personal data;
// a column a later migration adds is exported with no change to the export.
// Runs in Vitest on real files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateExportPersonResult, Interview, Kit, RejectionReasonList, Scorecard, TimelineEntry } from '../../electron/contract';
import { exportPerson } from '../../electron/core/candidates/candidates-person-export-service';
import { call, errorOf } from '../helpers/applicants';
import { tempCore, tempDir } from '../helpers/temp-core';

/** Every member of a zip, by name. */
function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const members = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            members.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(members));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const M = 'Qzv';
const NAME = `<script>alert(1)</script> Ana ${M}name`;
const RESUME = Buffer.from(`%PDF-1.4 not really a pdf, ${M}resume bytes \u0000\u00ff`, 'latin1');
const SHARED = Buffer.from(`Shared letter ${M}shared, the same bytes on two people\n`);

async function seeded() {
  const dataDir = tempDir();
  const core = tempCore({ dataDir });
  const role = await call<{ id: string }>(core, 'roles:create', { title: `Weekend Barista ${M}role` });
  const made = await call<CandidateCreateResult>(core, 'candidates:create', {
    fullName: NAME,
    emails: [`${M}mail@example.com`, `second.${M}@example.com`],
    phones: ['+1 555 0100 77'],
    links: [{ label: `${M}label`, url: `https://example.com/${M}link` }],
    tags: [`${M}tag`],
    summary: `Loves "${M}summary" & coffee`,
    location: `${M}town`,
    linkedinUrl: `https://www.linkedin.com/in/${M}li`,
    portfolioUrl: `https://${M}folio.example`,
    source: 'referral',
    sourceDetail: `${M}referrer`,
    retentionUntil: '2031-02-03',
    roleId: role.id,
  });
  const candidateId = made.candidate.id;
  const applicationId = made.candidate.applications[0]?.id ?? '';
  await call(core, 'applications:note-add', { applicationId, body: `Called her: ${M}note <b>bold</b>` });
  await call(core, 'applications:rate', { applicationId, rating: 3 });

  const files = tempDir();
  fs.writeFileSync(path.join(files, 'cv.pdf'), RESUME);
  fs.writeFileSync(path.join(files, 'letter.txt'), SHARED);
  await call(core, 'attachments:add', { candidateId, kind: 'resume', fileName: `${M}cv.pdf`, path: path.join(files, 'cv.pdf') });
  await call(core, 'attachments:add', { candidateId, kind: 'cover_letter', fileName: 'letter.txt', path: path.join(files, 'letter.txt') });

  const kit = await call<Kit>(core, 'kits:save', { roleId: role.id, items: [{ kind: 'criterion', label: `Espresso ${M}criterion` }] });
  const interview = await call<Interview>(core, 'interviews:schedule', {
    applicationId, startsAt: '2030-03-01T10:00:00.000Z', durationMinutes: 30, timeZone: 'Europe/London', kind: 'onsite', location: `${M}cafe`, interviewers: [`Sam ${M}interviewer`],
  });
  const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id });
  await call(core, 'scorecards:save', {
    scorecardId: card.id, notes: `She said ${M}scorecard`, takeaways: `${M}takeaway`, recommendation: 'strong_yes', ratings: [{ criterionId: kit.items[0]?.id, rating: 4 }],
  });
  await call(core, 'scorecards:submit', { scorecardId: card.id });
  const reasons = await call<RejectionReasonList>(core, 'rejection-reasons:list', {});
  await call(core, 'applications:reject', { applicationIds: [applicationId], reasonId: reasons.reasons[0]?.id, note: `${M}rejectnote` });

  // Someone else, sharing one file's bytes: none of their own data may appear in the export.
  const other = await call<CandidateCreateResult>(core, 'candidates:create', {
    fullName: 'Bo Otherperson', emails: ['bo.otherperson@example.com'], summary: 'Otherperson summary', roleId: role.id,
  });
  await call(core, 'attachments:add', { candidateId: other.candidate.id, kind: 'other', fileName: 'otherperson-letter.txt', path: path.join(files, 'letter.txt') });
  await call(core, 'applications:note-add', { applicationId: other.candidate.applications[0]?.id, body: 'Otherperson note' });
  return { core, dataDir, candidateId, otherId: other.candidate.id };
}

describe('export everything about this person', () => {
  it('writes summary.html, data.json, their files and README.txt, with every planted value and nobody else', async () => {
    const { core, candidateId } = await seeded();
    const out = path.join(tempDir(), 'ana.zip');
    const result = await call<CandidateExportPersonResult>(core, 'candidates:export-person', { id: candidateId, path: out, timeZone: 'America/New_York' });
    expect(result).toMatchObject({ path: out, fullName: NAME, applications: 1, notes: 1, interviews: 1, scorecards: 1, files: 2, missingFiles: [] });
    expect(result.bytes).toBe(fs.statSync(out).size);

    const zip = await unzip(out);
    expect([...zip.keys()].sort()).toEqual(['README.txt', 'data.json', `files/${M}cv.pdf`, 'files/letter.txt', 'summary.html']);

    // Files: byte for byte.
    expect(zip.get(`files/${M}cv.pdf`)?.equals(RESUME)).toBe(true);
    expect(zip.get('files/letter.txt')?.equals(SHARED)).toBe(true);

    // data.json: every value as stored.
    const data = JSON.parse(zip.get('data.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    const candidate = data.candidate as Record<string, unknown>;
    expect(candidate).toMatchObject({
      id: candidateId,
      full_name: NAME,
      location: `${M}town`,
      linkedin_url: `https://www.linkedin.com/in/${M}li`,
      portfolio_url: `https://${M}folio.example`,
      source_kind: 'referral',
      source_detail: `${M}referrer`,
      summary: `Loves "${M}summary" & coffee`,
      retention_until: '2031-02-03',
    });
    expect((data.candidate_emails as { email: string }[]).map((e) => e.email)).toEqual([`${M}mail@example.com`, `second.${M}@example.com`]);
    expect((data.candidate_phones as { phone: string }[]).map((p) => p.phone)).toEqual(['+1 555 0100 77']);
    expect(data.candidate_links).toMatchObject([{ label: `${M}label`, url: `https://example.com/${M}link` }]);
    expect((data.candidate_tags as { tag: string }[]).map((t) => t.tag)).toEqual([`${M}tag`]);
    expect(data.applications).toMatchObject([{ role_title: `Weekend Barista ${M}role`, status: 'rejected', rating: 3, rejection_note: `${M}rejectnote`, rejection_reason: expect.any(String) }]);
    expect(data.application_notes).toMatchObject([{ body: `Called her: ${M}note <b>bold</b>` }]);
    expect((data.stage_events as unknown[]).length).toBe(2);
    expect(data.interviews).toMatchObject([{ location: `${M}cafe`, time_zone: 'Europe/London', starts_at: '2030-03-01T10:00:00.000Z' }]);
    expect(data.interview_interviewers).toMatchObject([{ name: `Sam ${M}interviewer` }]);
    expect(data.scorecards).toMatchObject([{ notes: `She said ${M}scorecard`, takeaways: `${M}takeaway`, recommendation: 'strong_yes' }]);
    expect(data.scorecard_ratings).toMatchObject([{ label: `Espresso ${M}criterion`, rating: 4 }]);
    expect(data.attachments).toMatchObject([
      { file_name: `${M}cv.pdf`, kind: 'resume', archive_file: `files/${M}cv.pdf` },
      { file_name: 'letter.txt', kind: 'cover_letter', archive_file: 'files/letter.txt' },
    ]);
    const actions = (data.activity_log as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['created', 'note_added', 'file_added', 'rejected']));

    // summary.html: every value there, escaped; no script, no remote content.
    const html = zip.get('summary.html')?.toString('utf8') ?? '';
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Ana Qzvname');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain('Called her: Qzvnote &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('Loves &quot;Qzvsummary&quot; &amp; coffee');
    for (const planted of [
      `${M}mail@example.com`, '+1 555 0100 77', `${M}label`, `${M}link`, `${M}tag`, `${M}town`, `${M}referrer`, `${M}li`, `${M}folio`, '2031-02-03',
      `Weekend Barista ${M}role`, `${M}rejectnote`, `${M}cafe`, `Sam ${M}interviewer`, `She said ${M}scorecard`, `${M}takeaway`, `Espresso ${M}criterion`,
      'Strong yes', 'strong yes', `${M}cv.pdf`, 'letter.txt', '1 Mar 2030, 10:00 (Europe/London)', 'Times are in America/New_York time',
    ]) expect(html, planted).toContain(planted);

    // README.txt says what each member is and describes data.json's keys.
    const readme = zip.get('README.txt')?.toString('utf8') ?? '';
    for (const words of ['summary.html', 'data.json', 'files/', 'rejection_reason:', 'archive_file:', 'full_name: name']) expect(readme).toContain(words);
    expect(readme).not.toContain('(no description)');

    // Nobody else: the other person's name, e-mail, note and file name are nowhere in the archive.
    const everything = [...zip.values()].map((b) => b.toString('latin1')).join('\n');
    expect(everything).not.toContain('Otherperson');
    expect(everything).not.toContain('otherperson');
  });

  it('records the export in the timeline, with counts and no personal data', async () => {
    const { core, candidateId } = await seeded();
    const out = path.join(tempDir(), 'ana.zip');
    await call(core, 'candidates:export-person', { id: candidateId, path: out });
    const timeline = await call<{ entries: TimelineEntry[] }>(core, 'candidates:timeline', { candidateId });
    const entry = timeline.entries.find((e) => e.action === 'exported');
    expect(entry).toMatchObject({ entityType: 'candidate', entityId: candidateId, details: { applications: 1, interviews: 1, files: 2 } });
    expect(JSON.stringify(entry?.details)).not.toContain(M);
    expect(JSON.stringify(entry?.details)).not.toContain(out);
  });

  it('refuses a missing person, and an existing file without replace, leaving the target as it was', async () => {
    const { core, candidateId } = await seeded();
    const folder = tempDir();
    const missing = await errorOf(core, 'candidates:export-person', { id: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e', path: path.join(folder, 'x.zip') });
    expect(missing).toMatchObject({ code: 'not_found', message: 'That candidate was not found. It may have been deleted.' });

    const taken = path.join(folder, 'taken.zip');
    fs.writeFileSync(taken, 'the owner’s own file');
    const conflict = await errorOf(core, 'candidates:export-person', { id: candidateId, path: taken });
    expect(conflict.code).toBe('conflict');
    expect(fs.readFileSync(taken, 'utf8')).toBe('the owner’s own file');
    expect(fs.readdirSync(folder).sort()).toEqual(['taken.zip']);

    // With replace, it is written over (through a rename: never half a file).
    await call(core, 'candidates:export-person', { id: candidateId, path: taken, replace: true });
    expect((await unzip(taken)).has('data.json')).toBe(true);
    expect(fs.readdirSync(folder)).toEqual(['taken.zip']);
  });

  it('leaves no file at the target, nor a temporary one beside it, when the disk fills mid-write', async () => {
    const folder = tempDir();
    const out = path.join(folder, 'ana.zip');
    // A write budget stands in for a full disk after 2 KB; the summary alone is larger.
    const failing = tempCore({ handlers: { 'candidates:export-person': (input, ctx) => exportPerson(ctx, input, { writeLimitBytes: 2048 }) } });
    const made = await call<CandidateCreateResult>(failing, 'candidates:create', { fullName: 'Ana Full', summary: 'x'.repeat(4000) });
    const error = await errorOf(failing, 'candidates:export-person', { id: made.candidate.id, path: out });
    expect(error.code).toBe('disk_full');
    expect(error.message).toContain('nothing partial was left');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('exports a column a later migration adds (whole rows), shown in the summary by its name', async () => {
    const dataDir = tempDir();
    const first = tempCore({ dataDir });
    const made = await call<CandidateCreateResult>(first, 'candidates:create', { fullName: 'Ana Later' });
    await first.close();
    const db = new Database(path.join(dataDir, 'hirebook.db'));
    db.exec("ALTER TABLE candidates ADD COLUMN referral_note TEXT NOT NULL DEFAULT ''");
    db.prepare('UPDATE candidates SET referral_note = ? WHERE id = ?').run('Sent by <b>Maya</b>', made.candidate.id);
    db.close();
    const core = tempCore({ dataDir });
    const out = path.join(tempDir(), 'later.zip');
    await call(core, 'candidates:export-person', { id: made.candidate.id, path: out });
    const zip = await unzip(out);
    expect(JSON.parse(zip.get('data.json')?.toString('utf8') ?? '{}')).toMatchObject({ candidate: { referral_note: 'Sent by <b>Maya</b>' } });
    expect(zip.get('summary.html')?.toString('utf8')).toContain('<th scope="row">Referral note</th><td><span class="text">Sent by &lt;b&gt;Maya&lt;/b&gt;</span></td>');
    expect(zip.get('README.txt')?.toString('utf8')).toContain('referral_note: (no description)');
  });

  it('refuses a folder the owner did not choose when grants are required', async () => {
    const core = tempCore({ requireGrants: true });
    const made = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Ana Grant' });
    const folder = tempDir();
    const error = await errorOf(core, 'candidates:export-person', { id: made.candidate.id, path: path.join(folder, 'a.zip') });
    expect(error.code).toBe('invalid_input');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
