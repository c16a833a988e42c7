// Offers on applications: make one (sent now; at most one open offer per application), change its pay, dates or
// note, change its status (offers-rules.ts says which changes are allowed), and print its letter. Accepting moves
// the card to the role's hired stage through the applications module (the same move as the board's Hire) and marks
// the role filled when its hired applications take all its openings. Every change is on the candidate's timeline
// (activity entries on the application). Runs in plain Node.
import { randomUUID } from 'node:crypto';
import {
  type Application,
  type Offer,
  type OfferCreateInput,
  type OfferLetterInput,
  type OfferSetStatusInput,
  type OfferStatusResult,
  type OffersListInput,
  type OfferUpdateInput,
} from '../../contract';
import { utcToZoned } from '../../contract/zoned-time';
import { logActivity } from '../activity/activity-repo';
import { rowToApplication } from '../applications/applications-repo';
import { hireApplication, mustGetApplication } from '../applications/applications-service';
import { getCandidate } from '../candidates/candidates-repo';
import { mustNotBeAnonymised } from '../candidates/candidates-service';
import { nextStamp } from '../clock';
import { getCompany } from '../company/company-repo';
import type { CoreContext } from '../core-context';
import type { Db } from '../db/open-database';
import { DomainError, notFound } from '../errors';
import { getTemplate, listTemplates } from '../messages/messages-repo';
import { placeholderValues, type DraftAttachment } from '../messages/messages-service';
import { fillMessage } from '../messages/messages-rules';
import { cardBelow } from '../pipeline/column-repo';
import { addressLines, formatDate, postingLocale, slugify } from '../postings/posting-format';
import { printFailure } from '../postings/postings-service';
import { computerTimeZone } from '../reports/report-range-rules';
import { getRole, updateRole } from '../roles/roles-repo';
import { offerLetterHtml } from './offers-letter';
import { getOfferRow, hiredCount, insertOffer, latestOfferOf, offersOfApplication, offersOfCandidate, openOfferOf, openOffers, saveOffer, type OfferListRow, type OfferRow } from './offers-repo';
import { fillsRole, offerStatusOn, payWords, refusedChange } from './offers-rules';

/** Today's date (YYYY-MM-DD) on the owner's calendar. */
export function todayIn(now: Date, timeZone: string | undefined): string {
  return utcToZoned(now.toISOString(), timeZone ?? computerTimeZone()).date;
}

function localeOf(db: Db): string {
  return postingLocale(getCompany(db).paperSize);
}

export function toOffer(row: OfferListRow, today: string, locale: string): Offer {
  return {
    id: row.id,
    applicationId: row.application_id,
    candidateId: row.candidate_id,
    roleId: row.role_id,
    candidateName: row.candidate_name,
    roleTitle: row.role_title,
    status: offerStatusOn(row.status, row.expires_on, today),
    storedStatus: row.status,
    payAmount: row.pay_amount,
    payCurrency: row.pay_currency,
    payPeriod: row.pay_period,
    payText: row.pay_text,
    payWords: payWords({ payAmount: row.pay_amount, payCurrency: row.pay_currency, payPeriod: row.pay_period, payText: row.pay_text }, locale),
    startOn: row.start_on,
    expiresOn: row.expires_on,
    note: row.note,
    sentAt: row.sent_at,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function mustGetOffer(db: Db, id: string): OfferListRow {
  const row = getOfferRow(db, id);
  if (!row) throw notFound('That offer');
  return row;
}

/** offers:list: one application's or candidate's offers, or every offer still open; newest first. */
export function listOffers(db: Db, input: OffersListInput, now: Date): Offer[] {
  const today = todayIn(now, input.timeZone);
  const rows = input.applicationId !== undefined ? offersOfApplication(db, input.applicationId) : input.candidateId !== undefined ? offersOfCandidate(db, input.candidateId) : openOffers(db, today);
  const locale = localeOf(db);
  return rows.map((row) => toOffer(row, today, locale)).filter((offer) => !input.open || offer.status === 'sent');
}

/** The words the timeline keeps about an offer's terms. */
function termsDetails(row: OfferRow, locale: string): Record<string, unknown> {
  return {
    offerId: row.id,
    pay: payWords({ payAmount: row.pay_amount, payCurrency: row.pay_currency, payPeriod: row.pay_period, payText: row.pay_text }, locale),
    startOn: row.start_on,
    expiresOn: row.expires_on,
  };
}

/** offers:create: a new offer on an application, sent now. */
export function createOffer(ctx: CoreContext, input: OfferCreateInput): Offer {
  const today = todayIn(ctx.now(), input.timeZone);
  const offer = ctx.db
    .transaction(() => {
      const app = mustGetApplication(ctx.db, input.applicationId);
      mustNotBeAnonymised(ctx.db, app.candidate_id);
      if (app.status === 'rejected' || app.status === 'withdrawn') throw new DomainError('conflict', 'This application is closed. Reactivate it before making an offer.');
      if (openOfferOf(ctx.db, app.id, today)) throw new DomainError('conflict', 'This application already has an open offer. Change that one, or mark it declined or expired first.');
      const role = getRole(ctx.db, app.role_id);
      const at = nextStamp(ctx);
      const row: OfferRow = {
        id: randomUUID(),
        application_id: app.id,
        status: 'sent',
        pay_amount: input.payAmount ?? null,
        pay_currency: input.payCurrency ?? role?.salaryCurrency ?? getCompany(ctx.db).defaultCurrency,
        pay_period: input.payPeriod ?? role?.salaryPeriod ?? 'year',
        pay_text: input.payText ?? '',
        start_on: input.startOn ?? null,
        expires_on: input.expiresOn ?? null,
        note: input.note ?? '',
        sent_at: at,
        decided_at: null,
        created_at: at,
        updated_at: at,
      };
      insertOffer(ctx.db, row);
      logActivity(ctx.db, { entityType: 'application', entityId: app.id, action: 'offer_made', details: { role: role?.title ?? '', ...termsDetails(row, localeOf(ctx.db)) }, at });
      return toOffer(mustGetOffer(ctx.db, row.id), today, localeOf(ctx.db));
    })
    .immediate();
  ctx.changed('applications', [offer.applicationId]);
  return offer;
}

/** offers:update: the pay, dates or note changed; the timeline says which. */
export function updateOffer(ctx: CoreContext, input: OfferUpdateInput): Offer {
  const today = todayIn(ctx.now(), input.timeZone);
  const offer = ctx.db
    .transaction(() => {
      const before = mustGetOffer(ctx.db, input.id);
      mustNotBeAnonymised(ctx.db, before.candidate_id);
      const p = input.patch;
      const next: OfferRow = {
        ...before,
        pay_amount: p.payAmount === undefined ? before.pay_amount : p.payAmount,
        pay_currency: p.payCurrency ?? before.pay_currency,
        pay_period: p.payPeriod ?? before.pay_period,
        pay_text: p.payText ?? before.pay_text,
        start_on: p.startOn === undefined ? before.start_on : p.startOn,
        expires_on: p.expiresOn === undefined ? before.expires_on : p.expiresOn,
        note: p.note ?? before.note,
      };
      const keys = ['pay_amount', 'pay_currency', 'pay_period', 'pay_text', 'start_on', 'expires_on', 'note'] as const;
      const fields = keys.filter((k) => next[k] !== before[k]);
      if (fields.length === 0) return toOffer(before, today, localeOf(ctx.db));
      next.updated_at = nextStamp(ctx, before.updated_at);
      saveOffer(ctx.db, next);
      const words: Record<(typeof keys)[number], string> = {
        pay_amount: 'pay',
        pay_currency: 'pay',
        pay_period: 'pay',
        pay_text: 'pay',
        start_on: 'start date',
        expires_on: 'expiry date',
        note: 'note',
      };
      const changed = [...new Set(fields.map((k) => words[k]))];
      logActivity(ctx.db, {
        entityType: 'application',
        entityId: before.application_id,
        action: 'offer_changed',
        details: { fields: changed, ...termsDetails(next, localeOf(ctx.db)) },
        at: next.updated_at,
      });
      return toOffer(mustGetOffer(ctx.db, input.id), today, localeOf(ctx.db));
    })
    .immediate();
  ctx.changed('applications', [offer.applicationId]);
  return offer;
}

const STATUS_ACTIONS = { sent: 'offer_reopened', accepted: 'offer_accepted', declined: 'offer_declined', expired: 'offer_expired' } as const;

/** Accepting: the card moves to Hired (remembering where it was) and the role is filled when its openings are all taken. */
function hireFor(ctx: CoreContext, applicationId: string, at: string): Pick<OfferStatusResult, 'movedFrom' | 'roleFilled'> & { application: Application } {
  const { db } = ctx;
  const app = mustGetApplication(db, applicationId);
  if (app.status === 'rejected' || app.status === 'withdrawn') throw new DomainError('conflict', 'This application is closed. Reactivate it before marking the offer accepted.');
  let movedFrom: OfferStatusResult['movedFrom'] = null;
  let hired = app;
  if (app.status !== 'hired') {
    // The card under it in its column (an active card's column: role, active, stage), for the Undo.
    const below = cardBelow(db, { roleId: app.role_id, stageId: app.stage_id, status: 'active' }, app.id);
    movedFrom = { stageId: app.stage_id, beforeApplicationId: below?.id ?? null };
    hired = hireApplication(db, app, at);
  }
  let roleFilled: OfferStatusResult['roleFilled'] = null;
  const role = getRole(db, app.role_id);
  if (role && role.status !== 'filled' && role.status !== 'closed' && fillsRole(hiredCount(db, role.id), role.openings)) {
    roleFilled = { roleId: role.id, previousStatus: role.status };
    updateRole(db, { ...role, status: 'filled', updatedAt: nextStamp(ctx, role.updatedAt) });
  }
  return { application: rowToApplication(hired), movedFrom, roleFilled };
}

/** offers:set-status: accepted, declined, expired, or sent again; refused in plain words when the change makes no sense. */
export function setOfferStatus(ctx: CoreContext, input: OfferSetStatusInput): OfferStatusResult {
  const today = todayIn(ctx.now(), input.timeZone);
  const result = ctx.db
    .transaction((): OfferStatusResult => {
      const before = mustGetOffer(ctx.db, input.id);
      const from = offerStatusOn(before.status, before.expires_on, today);
      const lapsed = before.expires_on !== null && before.expires_on < today;
      const refused = refusedChange(from, input.status, lapsed);
      if (refused !== null) throw new DomainError('conflict', refused);
      const application = rowToApplication(mustGetApplication(ctx.db, before.application_id));
      if (from === input.status && before.status === input.status) return { offer: toOffer(before, today, localeOf(ctx.db)), application, movedFrom: null, roleFilled: null };
      const at = nextStamp(ctx, before.updated_at);
      // Reopening must not make two open offers on one application.
      const another = offersOfApplication(ctx.db, before.application_id).some((o) => o.id !== before.id && offerStatusOn(o.status, o.expires_on, today) === 'sent');
      if (input.status === 'sent' && another) throw new DomainError('conflict', 'This application has another open offer. Mark that one declined or expired first.');
      const next: OfferRow = { ...before, status: input.status, decided_at: input.status === 'sent' ? null : at, updated_at: at };
      saveOffer(ctx.db, next);
      logActivity(ctx.db, {
        entityType: 'application',
        entityId: before.application_id,
        action: STATUS_ACTIONS[input.status],
        details: { role: before.role_title, offerId: before.id, from, to: input.status },
        at,
      });
      const moved = input.status === 'accepted' ? hireFor(ctx, before.application_id, at) : { application, movedFrom: null, roleFilled: null };
      return { offer: toOffer(mustGetOffer(ctx.db, input.id), today, localeOf(ctx.db)), ...moved };
    })
    .immediate();
  ctx.changed('applications', [result.offer.applicationId]);
  if (result.movedFrom) ctx.changed('pipeline', [result.offer.roleId]);
  if (result.roleFilled) ctx.changed('roles', [result.roleFilled.roleId]);
  return result;
}

/** The letter's page and file name, from an offer template filled for the offer's person (read in one snapshot). */
export function offerLetter(db: Db, input: OfferLetterInput, now: Date): { html: string; fileName: string; unfilled: string[]; paperSize: 'a4' | 'letter' } {
  const offer = mustGetOffer(db, input.id);
  const templateId = input.templateId ?? listTemplates(db).find((t) => t.kind === 'offer')?.id;
  if (templateId === undefined) throw new DomainError('conflict', 'There is no offer template. Add one under message templates first.');
  const company = getCompany(db);
  const locale = postingLocale(company.paperSize);
  const candidate = getCandidate(db, offer.candidate_id);
  if (!candidate) throw notFound('That candidate');
  const template = getTemplate(db, templateId);
  if (!template) throw notFound('That message template');
  if (template.kind !== 'offer') throw new DomainError('invalid_input', 'Choose an offer template for the letter.');
  // The same placeholders as a message (the offer's pay and dates from the application's latest offer); a letter
  // needs no e-mail address, so it does not go through the draft's address checks.
  const { values } = placeholderValues(db, offer.application_id, candidate.fullName, now);
  const { subject, body, unknown, empty } = fillMessage(template.subject, template.body, values);
  const unfilled = [...unknown, ...empty];
  const html = offerLetterHtml({
    company: company.name,
    addressLines: addressLines(company.address),
    dateWords: formatDate(utcToZoned(now.toISOString(), computerTimeZone()).date, locale),
    candidateName: candidate.fullName,
    title: subject,
    body,
    paperSize: company.paperSize,
  });
  return { html, fileName: `${slugify(`offer ${candidate.fullName} ${offer.role_title}`) || 'offer'}.pdf`, unfilled: [...new Set(unfilled)], paperSize: company.paperSize };
}

/**
 * The letter as a draft's attachment, for an offer template's .eml draft: the application's latest offer printed
 * through the template being drafted; none when the template is not an offer's or the application has no offer.
 */
export async function offerLetterAttachment(ctx: CoreContext, applicationId: string, templateId: string): Promise<DraftAttachment[]> {
  const letter = ctx.db.transaction(() => {
    const offer = latestOfferOf(ctx.db, applicationId);
    if (!offer || getTemplate(ctx.db, templateId)?.kind !== 'offer') return null;
    return offerLetter(ctx.db, { id: offer.id, templateId }, ctx.now());
  })();
  if (!letter) return [];
  try {
    const printed = await ctx.printer().print(letter.html, { paperSize: letter.paperSize });
    return [{ filename: letter.fileName, content: Buffer.from(printed.pdf), contentType: 'application/pdf' }];
  } catch (error) {
    throw printFailure(error);
  }
}
