// Offers on a real core: making one (pay as the role keeps its salary, on the timeline), one open offer per
// application, expiry read from the expiry day on the owner's calendar, every status change allowed and refused,
// accepting moving the card to Hired and filling the role once its openings are taken (and the moves the window's
// Undo makes putting it all back), the letter's text from the offer template with hostile text kept as text, a
// draft of the offer template carrying the letter as a PDF, and anonymising and erasing the person. Runs in Vitest
// on real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { Application, CandidateTimeline, MessageDraftEmlResult, Offer, OfferList, OfferStatusResult, Pipeline, Role } from '../../electron/contract';
import type { Core } from '../../electron/core';
import type { Db } from '../../electron/core/db/open-database';
import { personRows } from '../../electron/core/candidates/candidates-person-export-repo';
import { personJson, personSummaryHtml } from '../../electron/core/candidates/candidates-person-export-rules';
import { offerLetter } from '../../electron/core/offers/offers-service';
import { board, call, columns, errorOf, rawAll } from '../helpers/applicants';
import { interviewWorld } from '../helpers/interviews-seed';
import { tempCore, tempDir, withRawDb } from '../helpers/temp-core';

const ZONE = 'Europe/Berlin';

/** A stand-in PDF printer that keeps what it was given to print (Chromium itself is tested through the CLI and the window). */
function recordingPrinter() {
  const printed: string[] = [];
  const printer = { print: (html: string) => (printed.push(html), Promise.resolve({ pdf: new Uint8Array(Buffer.from(`%PDF-1.7 letter ${printed.length}`)), pages: 1 })), close: () => Promise.resolve() };
  return { printed, printer: () => printer };
}

async function world(openings = 1, printer = recordingPrinter()) {
  let clock = new Date('2026-12-07T10:00:00Z');
  const core = tempCore({ now: () => clock, printer: printer.printer });
  await call(core, 'company:update', { name: 'Bean There', paperSize: 'a4' });
  const people = await interviewWorld(core, ['Ana Lima', 'Bo Chen', 'Cy Diaz']);
  await call(core, 'roles:update', { id: people.roleId, patch: { status: 'open', openings, salaryCurrency: 'EUR', salaryPeriod: 'month' } });
  const [ana = '', bo = '', cy = ''] = people.applicationIds;
  return { core, ...people, ana, bo, cy, printed: printer.printed, setClock: (iso: string) => (clock = new Date(iso)) };
}

const make = (core: Core, applicationId: string, extra: Record<string, unknown> = {}) =>
  call<Offer>(core, 'offers:create', { applicationId, payAmount: 3200, startOn: '2027-01-04', expiresOn: '2026-12-18', timeZone: ZONE, ...extra });
const setStatus = (core: Core, id: string, status: string) => call<OfferStatusResult>(core, 'offers:set-status', { id, status, timeZone: ZONE });
const role = (core: Core, id: string) => call<Role>(core, 'roles:get', { id });

describe('offers', () => {
  it('makes an offer with the role’s currency and period, lists it, logs it, and allows one open offer per application', async () => {
    const w = await world();
    const offer = await make(w.core, w.ana, { payText: 'plus a yearly bonus', note: 'Said yes on the phone' });
    expect(offer).toMatchObject({
      applicationId: w.ana,
      candidateName: 'Ana Lima',
      roleTitle: 'Barista',
      status: 'sent',
      payAmount: 3200,
      payCurrency: 'EUR',
      payPeriod: 'month',
      payWords: '€3,200 a month · plus a yearly bonus',
      startOn: '2027-01-04',
      expiresOn: '2026-12-18',
      decidedAt: null,
    });
    expect(offer.sentAt).toBe('2026-12-07T10:00:00.000Z');
    // Stored as given.
    expect(rawAll(w.core, 'SELECT status, pay_amount, pay_currency, pay_period, pay_text, note FROM offers')).toEqual([
      { status: 'sent', pay_amount: 3200, pay_currency: 'EUR', pay_period: 'month', pay_text: 'plus a yearly bonus', note: 'Said yes on the phone' },
    ]);
    const second = await errorOf(w.core, 'offers:create', { applicationId: w.ana, payAmount: 3300 });
    expect(second).toEqual({ code: 'conflict', message: 'This application already has an open offer. Change that one, or mark it declined or expired first.' });

    const bo = await make(w.core, w.bo, { payAmount: null, payText: 'As discussed', expiresOn: null });
    expect(bo.payWords).toBe('As discussed');
    const listed = async (input: Record<string, unknown>) => (await call<OfferList>(w.core, 'offers:list', { timeZone: ZONE, ...input })).offers.map((o) => o.candidateName);
    expect(await listed({ applicationId: w.ana })).toEqual(['Ana Lima']);
    expect(await listed({ candidateId: w.candidateIds[1] })).toEqual(['Bo Chen']);
    expect(await listed({})).toEqual(['Bo Chen', 'Ana Lima']);

    const timeline = await call<CandidateTimeline>(w.core, 'candidates:timeline', { candidateId: w.candidateIds[0] });
    const made = timeline.entries.find((e) => e.action === 'offer_made');
    expect(made?.details).toMatchObject({ role: 'Barista', pay: '€3,200 a month · plus a yearly bonus', startOn: '2027-01-04', expiresOn: '2026-12-18', offerId: offer.id });

    const changed = await call<Offer>(w.core, 'offers:update', { id: offer.id, patch: { payAmount: 3400, expiresOn: '2026-12-20' } });
    expect([changed.payWords, changed.expiresOn]).toEqual(['€3,400 a month · plus a yearly bonus', '2026-12-20']);
    const after = await call<CandidateTimeline>(w.core, 'candidates:timeline', { candidateId: w.candidateIds[0] });
    expect(after.entries.find((e) => e.action === 'offer_changed')?.details.fields).toEqual(['pay', 'expiry date']);
  });

  it('reads a sent offer as expired once its expiry day has passed on the owner’s calendar, and refuses to accept it as it stands', async () => {
    const w = await world();
    const offer = await make(w.core, w.ana);
    // 23:30 in Berlin on the 18th is still the 18th: open.
    w.setClock('2026-12-18T22:30:00Z');
    expect((await call<OfferList>(w.core, 'offers:list', { applicationId: w.ana, timeZone: ZONE })).offers[0]?.status).toBe('sent');
    expect((await call<OfferList>(w.core, 'offers:list', { open: true, timeZone: ZONE })).offers).toHaveLength(1);
    // 00:30 in Berlin on the 19th: expired, though nothing was written.
    w.setClock('2026-12-18T23:30:00Z');
    const [read] = (await call<OfferList>(w.core, 'offers:list', { applicationId: w.ana, timeZone: ZONE })).offers;
    expect([read?.status, read?.storedStatus]).toEqual(['expired', 'sent']);
    // A day later on any computer's calendar, the board's card reads expired too.
    w.setClock('2026-12-20T12:00:00Z');
    expect((await board(w.core, w.roleId)).cards.find((c) => c.applicationId === w.ana)?.offer).toBe('expired');
    expect((await call<OfferList>(w.core, 'offers:list', { open: true, timeZone: ZONE })).offers).toEqual([]);
    expect((await errorOf(w.core, 'offers:set-status', { id: offer.id, status: 'accepted', timeZone: ZONE })).message).toMatch(/has expired\. If they accepted late, give it a later expiry date first/);
    expect((await errorOf(w.core, 'offers:set-status', { id: offer.id, status: 'sent', timeZone: ZONE })).message).toMatch(/expiry date has passed/);
    // A new offer may be made now that this one lapsed; or the lapsed one gets a later date and is accepted.
    await call(w.core, 'offers:update', { id: offer.id, patch: { expiresOn: '2026-12-22' } });
    const accepted = await setStatus(w.core, offer.id, 'accepted');
    expect(accepted.offer.status).toBe('accepted');
  });

  it('allows sent → declined → sent, refuses a declined offer accepted or an accepted one expiring, and logs each change', async () => {
    const w = await world();
    const offer = await make(w.core, w.ana);
    const declined = await setStatus(w.core, offer.id, 'declined');
    expect([declined.offer.status, declined.offer.decidedAt, declined.movedFrom, declined.roleFilled]).toEqual(['declined', '2026-12-07T10:00:00.001Z', null, null]);
    expect(declined.application.status).toBe('active');
    expect((await errorOf(w.core, 'offers:set-status', { id: offer.id, status: 'accepted' })).message).toBe('A declined offer cannot be marked accepted. Open it again (sent) first.');
    // Marked declined again: nothing changes, nothing is logged.
    await setStatus(w.core, offer.id, 'declined');
    const reopened = await setStatus(w.core, offer.id, 'sent');
    expect([reopened.offer.status, reopened.offer.decidedAt]).toEqual(['sent', null]);
    await setStatus(w.core, offer.id, 'accepted');
    expect((await errorOf(w.core, 'offers:set-status', { id: offer.id, status: 'expired' })).message).toMatch(/An accepted offer cannot expire/);
    const timeline = await call<CandidateTimeline>(w.core, 'candidates:timeline', { candidateId: w.candidateIds[0] });
    const offerEntries = timeline.entries.filter((e) => e.action.startsWith('offer_')).map((e) => [e.action, e.details.from ?? null, e.details.to ?? null]);
    expect(offerEntries.reverse()).toEqual([
      ['offer_made', null, null],
      ['offer_declined', 'sent', 'declined'],
      ['offer_reopened', 'declined', 'sent'],
      ['offer_accepted', 'sent', 'accepted'],
    ]);
    // Two open offers on one application never happen: reopening while another is open is refused.
    const other = await make(w.core, w.bo);
    await setStatus(w.core, other.id, 'declined');
    await make(w.core, w.bo, { payAmount: 3300 });
    expect((await errorOf(w.core, 'offers:set-status', { id: other.id, status: 'sent' })).message).toMatch(/another open offer/);
  });

  it('accepting moves the card to Hired and fills the role when its openings are all taken; the Undo moves put it back', async () => {
    const w = await world(2);
    const before: Pipeline = await board(w.core, w.roleId);
    const firstStage = before.stages[0]?.id ?? '';
    const anaOffer = await make(w.core, w.ana);
    const boOffer = await make(w.core, w.bo);

    const first = await setStatus(w.core, anaOffer.id, 'accepted');
    // Ana was above Bo in the first column: that is where Undo puts her back.
    expect(first.movedFrom).toEqual({ stageId: firstStage, beforeApplicationId: w.bo });
    expect(first.application.status).toBe('hired');
    expect(first.roleFilled).toBeNull();
    expect((await role(w.core, w.roleId)).status).toBe('open');
    expect(columns(await board(w.core, w.roleId)).Hired).toEqual(['Ana Lima']);
    // The board's cards carry their latest offer's status; Cy has none.
    const offerOnCard = Object.fromEntries((await board(w.core, w.roleId)).cards.map((c) => [c.name, c.offer]));
    expect(offerOnCard).toEqual({ 'Ana Lima': 'accepted', 'Bo Chen': 'sent', 'Cy Diaz': null });

    const second = await setStatus(w.core, boOffer.id, 'accepted');
    expect(second.roleFilled).toEqual({ roleId: w.roleId, previousStatus: 'open' });
    expect((await role(w.core, w.roleId)).status).toBe('filled');
    expect(rawAll(w.core, 'SELECT from_status, to_status FROM role_status_events WHERE role_id = ? ORDER BY rowid DESC LIMIT 1', w.roleId)).toEqual([{ from_status: 'open', to_status: 'filled' }]);
    expect(rawAll(w.core, "SELECT to_status FROM stage_events WHERE application_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1", w.bo)).toEqual([{ to_status: 'hired' }]);

    // The window's Undo: the card back where it was, the offer sent again, the role's status back.
    await call<Application>(w.core, 'applications:move', { applicationId: w.bo, toStageId: second.movedFrom?.stageId, beforeApplicationId: second.movedFrom?.beforeApplicationId ?? undefined });
    await setStatus(w.core, boOffer.id, 'sent');
    await call(w.core, 'roles:update', { id: w.roleId, patch: { status: second.roleFilled?.previousStatus } });
    const back = await board(w.core, w.roleId);
    expect(columns(back)[before.stages[0]?.name ?? '']).toEqual(['Bo Chen', 'Cy Diaz']);
    expect((await role(w.core, w.roleId)).status).toBe('open');
    expect((await call<OfferList>(w.core, 'offers:list', { applicationId: w.bo })).offers[0]?.status).toBe('sent');
  });

  it('refuses offers on closed applications and leaves an already hired card where it is', async () => {
    const w = await world();
    await call(w.core, 'applications:hire', { applicationId: w.cy });
    const hired = await setStatus(w.core, (await make(w.core, w.cy)).id, 'accepted');
    expect(hired.movedFrom).toBeNull();
    expect(hired.roleFilled).toEqual({ roleId: w.roleId, previousStatus: 'open' });
    const reasons = rawAll<{ id: string }>(w.core, "SELECT id FROM rejection_reasons WHERE kind = 'we_rejected' LIMIT 1");
    await call(w.core, 'applications:reject', { applicationIds: [w.bo], reasonId: reasons[0]?.id });
    expect((await errorOf(w.core, 'offers:create', { applicationId: w.bo })).message).toBe('This application is closed. Reactivate it before making an offer.');
  });

  it('writes the letter from the offer template with the pay, start and expiry filled, hostile text kept as text', async () => {
    const w = await world();
    await call(w.core, 'candidates:update', { id: w.candidateIds[0], patch: { fullName: 'Ana <img src=x onerror=alert(1)> Lima' } });
    const offer = await make(w.core, w.ana, { payText: '<b>bonus</b>' });
    const letter = withRawDb(w.core.databasePath, (db) => offerLetter(db as unknown as Db, { id: offer.id }, new Date('2026-12-07T10:00:00Z')));
    expect(letter.fileName).toMatch(/^offer-ana-.*barista\.pdf$/);
    expect(letter.unfilled).toEqual([]);
    expect(letter.html).toContain('Pay: €3,200 a month · &lt;b&gt;bonus&lt;/b&gt;\nStart date: 4 January 2027');
    expect(letter.html).toContain('This offer is open until 18 December 2026.');
    expect(letter.html).toContain('Ana &lt;img src=x onerror=alert(1)&gt; Lima');
    expect(letter.html).not.toMatch(/<img|<b>|<script/);
    expect(letter.html).toContain('<p class="company" dir="auto">Bean There</p>');
    // The message draft fills the same placeholders from the offer.
    const templates = rawAll<{ id: string }>(w.core, "SELECT id FROM message_templates WHERE kind = 'offer'");
    const draft = await call<{ body: string }>(w.core, 'messages:draft', { applicationId: w.ana, templateId: templates[0]?.id });
    expect(draft.body).toContain('Pay: €3,200 a month · <b>bonus</b>\nStart date: 4 January 2027');
  });

  it('an offer template’s .eml draft carries the offer letter as a PDF; other drafts and applications without an offer do not', async () => {
    const w = await world();
    await make(w.core, w.ana, { payText: 'plus tips' });
    const templates = rawAll<{ id: string; kind: string }>(w.core, "SELECT id, kind FROM message_templates WHERE kind IN ('offer', 'acknowledgement') ORDER BY kind");
    const offerTemplate = templates.find((t) => t.kind === 'offer')?.id;
    const thanks = templates.find((t) => t.kind === 'acknowledgement')?.id;
    const dir = tempDir();
    const saved = await call<MessageDraftEmlResult>(w.core, 'messages:draft-eml', { applicationId: w.ana, templateId: offerTemplate, path: path.join(dir, 'offer.eml') });
    expect(saved.attachments).toEqual(['offer-ana-lima-barista.pdf']);
    const mail = await simpleParser(fs.readFileSync(saved.path));
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString('latin1')])).toEqual([['offer-ana-lima-barista.pdf', 'application/pdf', '%PDF-1.7 letter 1']]);
    // What was printed is the letter, filled from the same template.
    expect(w.printed[0]).toContain('Pay: €3,200 a month · plus tips');
    const plain = await call<MessageDraftEmlResult>(w.core, 'messages:draft-eml', { applicationId: w.ana, templateId: thanks, path: path.join(dir, 'thanks.eml') });
    expect(plain.attachments).toEqual([]);
    const noOffer = await call<MessageDraftEmlResult>(w.core, 'messages:draft-eml', { applicationId: w.bo, templateId: offerTemplate, path: path.join(dir, 'bo.eml') });
    expect(noOffer.attachments).toEqual([]);
    expect(w.printed).toHaveLength(1);
  });

  it('a person’s export carries their offers: the rows in data.json and an Offers section in the summary, escaped', async () => {
    const w = await world();
    const offer = await make(w.core, w.ana, { payText: '<b>tips</b>', note: 'Keen' });
    await setStatus(w.core, offer.id, 'declined');
    const rows = withRawDb(w.core.databasePath, (db) => personRows(db as unknown as Db, w.candidateIds[0] ?? ''));
    if (!rows) throw new Error('no rows');
    expect(rows.offers.map((o) => [o.id, o.status, o.pay_text, o.note])).toEqual([[offer.id, 'declined', '<b>tips</b>', 'Keen']]);
    const facts = { exportedAt: '2026-12-07T10:00:00.000Z', appVersion: '0.0.0', schemaVersion: 14, timeZone: 'Europe/London' };
    expect(JSON.parse(personJson(rows, [], new Set(), facts)).offers).toHaveLength(1);
    const summary = personSummaryHtml(rows, [], new Set(), facts);
    expect(summary).toContain('<h2>Offers</h2>');
    expect(summary).toContain('€3,200 a month · &lt;b&gt;tips&lt;/b&gt;');
    expect(summary).not.toContain('<b>tips');
  });

  it('anonymising clears the pay and note but keeps the status and dates; erasing removes the offers', async () => {
    const w = await world();
    const ana = await make(w.core, w.ana, { payText: 'Private words', note: 'She asked for more' });
    await setStatus(w.core, ana.id, 'accepted');
    await make(w.core, w.bo, { note: 'Bo note' });
    await call(w.core, 'candidates:anonymise', { id: w.candidateIds[0] });
    expect(rawAll(w.core, 'SELECT status, pay_amount, pay_text, note, start_on, expires_on FROM offers WHERE id = ?', ana.id)).toEqual([
      { status: 'accepted', pay_amount: null, pay_text: '', note: '', start_on: '2027-01-04', expires_on: '2026-12-18' },
    ]);
    expect((await errorOf(w.core, 'offers:update', { id: ana.id, patch: { note: 'x' } })).message).toMatch(/was anonymised/);
    await call(w.core, 'candidates:delete', { id: w.candidateIds[1] });
    expect(rawAll(w.core, 'SELECT note FROM offers ORDER BY rowid')).toEqual([{ note: '' }]);
  });
});
