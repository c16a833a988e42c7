// `hirebook offers list|create|set-status|letter`: offers on applications from the command line, through the
// same channels as the window (the letter through the same printer as postings). --json prints each channel's
// answer. Runs in plain Node.
import path from 'node:path';
import { OFFER_STATUS_LABELS, type Offer, type OfferLetterPdf, type OfferList, type OfferStatusResult } from '../../contract';
import type { Core } from '../../core/create-core';
import { write, type CliIo } from '../io';
import type { OffersCommand } from '../offers-args';
import { checkWritable, writeOut } from '../out-file';
import { formatTable, type Column } from '../table';
import { valueOr } from './posting';

const COLUMNS: readonly Column<Offer>[] = [
  { header: 'ID', cell: (o) => o.id },
  { header: 'CANDIDATE', max: 30, cell: (o) => o.candidateName },
  { header: 'ROLE', max: 30, cell: (o) => o.roleTitle },
  { header: 'PAY', max: 40, cell: (o) => o.payWords || '—' },
  { header: 'START', cell: (o) => o.startOn ?? '—' },
  { header: 'OPEN UNTIL', cell: (o) => o.expiresOn ?? '—' },
  { header: 'STATUS', cell: (o) => o.status },
];

function offerText(offer: Offer): string {
  const lines = [
    `${OFFER_STATUS_LABELS[offer.status]}: ${offer.candidateName}, ${offer.roleTitle} (offer ${offer.id})`,
    `Pay: ${offer.payWords || 'not given'}`,
    `Start date: ${offer.startOn ?? 'not given'}`,
    `Open until: ${offer.expiresOn ?? 'no expiry date'}`,
  ];
  return `${lines.join('\n')}\n`;
}

function statusText(result: OfferStatusResult): string {
  const lines = [`${OFFER_STATUS_LABELS[result.offer.status]}: ${result.offer.candidateName}, ${result.offer.roleTitle}.`];
  if (result.movedFrom) lines.push(`${result.offer.candidateName} moved to the Hired stage.`);
  if (result.roleFilled) lines.push(`${result.offer.roleTitle} is now marked filled: its openings are all taken (it was ${result.roleFilled.previousStatus.replace('_', ' ')}).`);
  if (result.offer.status === 'sent' && result.application.status === 'hired') lines.push(`${result.offer.candidateName} is still in the Hired stage: move them on the board if that changed too.`);
  return `${lines.join('\n')}\n`;
}

export async function runOffers(core: Core, command: OffersCommand, io: CliIo): Promise<void> {
  switch (command.kind) {
    case 'offers-list': {
      const list = valueOr<OfferList>(await core.dispatch('offers:list', command.applicationId ? { applicationId: command.applicationId } : {}));
      if (command.json) return write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
      const count = `${list.offers.length} ${list.offers.length === 1 ? 'offer' : 'offers'}${command.applicationId ? '' : ' open'}\n`;
      return write(io.stdout, list.offers.length === 0 ? count : `${formatTable(list.offers, COLUMNS)}${count}`);
    }
    case 'offers-create': {
      const offer = valueOr<Offer>(await core.dispatch('offers:create', { applicationId: command.applicationId, ...command.terms }));
      return write(io.stdout, command.json ? `${JSON.stringify(offer, null, 2)}\n` : offerText(offer));
    }
    case 'offers-set-status': {
      const result = valueOr<OfferStatusResult>(await core.dispatch('offers:set-status', { id: command.id, status: command.status }));
      return write(io.stdout, command.json ? `${JSON.stringify(result, null, 2)}\n` : statusText(result));
    }
    case 'offers-letter': {
      const file = path.resolve(command.out);
      checkWritable(file, command.force);
      const pdf = valueOr<OfferLetterPdf>(await core.dispatch('offers:letter-pdf', { id: command.id, ...(command.templateId ? { templateId: command.templateId } : {}) }));
      writeOut(file, Buffer.from(pdf.base64, 'base64'), command.force);
      const unfilled = pdf.unfilled.length > 0 ? `Left as typed (nothing to fill in): ${pdf.unfilled.join(', ')}\n` : '';
      return write(io.stdout, `Wrote ${command.out} (${pdf.pages} ${pdf.pages === 1 ? 'page' : 'pages'})\n${unfilled}`);
    }
  }
}
