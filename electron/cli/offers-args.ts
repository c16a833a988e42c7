// Parses `hirebook offers list|create|set-status|letter`. Checked here, so a mistake is a usage error (exit 2)
// before the data folder is opened; the core checks the values themselves (dates, amounts, currencies). Runs in
// plain Node.
import { OFFER_STATUSES, type OfferStatus } from '../contract';
import { UsageError } from './io';

export interface OfferTerms {
  payAmount?: number;
  payCurrency?: string;
  payPeriod?: string;
  payText?: string;
  startOn?: string;
  expiresOn?: string;
  note?: string;
}

export type OffersCommand =
  | { kind: 'offers-list'; applicationId: string | undefined; json: boolean }
  | { kind: 'offers-create'; applicationId: string; terms: OfferTerms; json: boolean }
  | { kind: 'offers-set-status'; id: string; status: OfferStatus; json: boolean }
  | { kind: 'offers-letter'; id: string; templateId: string | undefined; out: string; force: boolean };

interface OffersValues {
  json?: boolean | undefined;
  force?: boolean | undefined;
  application?: string | undefined;
  template?: string | undefined;
  out?: string | undefined;
  pay?: string | undefined;
  currency?: string | undefined;
  period?: string | undefined;
  'pay-text'?: string | undefined;
  start?: string | undefined;
  expires?: string | undefined;
  note?: string | undefined;
}

export const OFFERS_SUBCOMMANDS = 'offers list, offers create, offers set-status, offers letter';

function required(command: string, option: string, value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`"${command}" needs --${option} ${what}`);
  return value.trim();
}

function payAmount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const amount = Number(raw.replace(/[,_\s]/g, ''));
  if (raw.trim() === '' || !Number.isFinite(amount)) throw new UsageError(`--pay needs a number, such as 52000 or 18.50 (got "${raw}")`);
  return amount;
}

function terms(values: OffersValues): OfferTerms {
  const given: OfferTerms = {
    payAmount: payAmount(values.pay),
    payCurrency: values.currency,
    payPeriod: values.period,
    payText: values['pay-text'],
    startOn: values.start,
    expiresOn: values.expires,
    note: values.note,
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as OfferTerms;
}

export function offersCommand(name: string, args: readonly string[], values: OffersValues): OffersCommand {
  const json = values.json ?? false;
  const noArgs = () => {
    if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}" after "${name}"`);
  };
  if (name === 'offers list') {
    noArgs();
    return { kind: 'offers-list', applicationId: values.application?.trim() || undefined, json };
  }
  if (name === 'offers create') {
    noArgs();
    const applicationId = required(name, 'application', values.application, 'ID (the application\'s id, see "hirebook candidates list --json")');
    return { kind: 'offers-create', applicationId, terms: terms(values), json };
  }
  if (name === 'offers set-status') {
    const [id, status, ...more] = args;
    if (id === undefined || status === undefined) throw new UsageError(`"offers set-status" needs the offer's ID and a status (${OFFER_STATUSES.join(', ')})`);
    if (more.length > 0) throw new UsageError(`unexpected argument "${more[0]}" after "${name}"`);
    const known = OFFER_STATUSES.find((s) => s === status.trim().toLowerCase());
    if (!known) throw new UsageError(`unknown status "${status}" (use one of: ${OFFER_STATUSES.join(', ')})`);
    return { kind: 'offers-set-status', id: id.trim(), status: known, json };
  }
  if (name === 'offers letter') {
    const [id, ...more] = args;
    if (id === undefined) throw new UsageError('"offers letter" needs the offer\'s ID');
    if (more.length > 0) throw new UsageError(`unexpected argument "${more[0]}" after "${name}"`);
    return { kind: 'offers-letter', id: id.trim(), templateId: values.template?.trim() || undefined, out: required(name, 'out', values.out, 'FILE.pdf'), force: values.force ?? false };
  }
  throw new UsageError(`unknown command "${name}" (use one of: ${OFFERS_SUBCOMMANDS})`);
}
