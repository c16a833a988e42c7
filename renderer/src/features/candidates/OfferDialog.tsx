// Renderer: "Offer…" on a profile's application: make an offer (pay as the role keeps its salary, and/or in your
// own words; start date; the last day it is open; a note), change it, mark it accepted, declined or expired (or
// open it again), and save its letter as a PDF. Accepting moves the card to Hired and may mark the role filled;
// the toast's Undo puts all of it back.
import * as Dialog from '@radix-ui/react-dialog';
import { Check, FileDown, RotateCcw, X } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { OFFER_STATUS_LABELS, type Offer, type OfferStatus, type OfferStatusResult, type SalaryPeriod } from '../../../../electron/contract';
import { ApiError, errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { DialogFormActions } from '../../components/DialogFormActions';
import { SelectField, TextAreaField, TextField, optionsFrom } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { formatDay } from '../../lib/dates';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { SALARY_PERIOD_LABELS, currencyOptions } from '../../lib/labels';
import { confirmWithUndo } from '../../lib/undo-toast';
import { offerActions, type OfferTerms } from '../../stores/offers-actions';

interface Props {
  applicationId: string;
  roleId: string;
  candidateName: string;
  roleTitle: string;
  /** The application's latest offer, or null for none yet. */
  offer: Offer | null;
  onClose(changed: boolean): void;
}

interface Values {
  payAmount: string;
  payCurrency: string;
  payPeriod: SalaryPeriod;
  payText: string;
  startOn: string;
  expiresOn: string;
  note: string;
}

function valuesOf(offer: Offer): Values {
  return {
    payAmount: offer.payAmount === null ? '' : String(offer.payAmount),
    payCurrency: offer.payCurrency,
    payPeriod: offer.payPeriod,
    payText: offer.payText,
    startOn: offer.startOn ?? '',
    expiresOn: offer.expiresOn ?? '',
    note: offer.note,
  };
}

/** The form as the core takes it; a pay that is not a number is the one thing checked here. */
function termsOf(v: Values): { terms: OfferTerms } | { errors: FieldErrors } {
  const raw = v.payAmount.replace(/[,\s]/g, '');
  const amount = raw === '' ? null : Number(raw);
  if (amount !== null && !Number.isFinite(amount)) return { errors: { payAmount: 'Enter a number, such as 52000' } };
  return { terms: { payAmount: amount, payCurrency: v.payCurrency, payPeriod: v.payPeriod, payText: v.payText, startOn: v.startOn || null, expiresOn: v.expiresOn || null, note: v.note } };
}

/** A new offer's form, from the role's salary fields (the pay too when its range is one figure). */
async function blankOffer(roleId: string): Promise<Values> {
  const role = await offerActions.role(roleId);
  const single = role.salaryMin !== null && role.salaryMin === role.salaryMax ? String(role.salaryMin) : '';
  return { payAmount: single, payCurrency: role.salaryCurrency, payPeriod: role.salaryPeriod, payText: '', startOn: '', expiresOn: '', note: '' };
}

/** What the toast says an accepted offer did. */
function acceptedWords(result: OfferStatusResult, name: string): string {
  const moved = result.movedFrom ? ` ${name} moved to Hired.` : '';
  const filled = result.roleFilled ? ` ${result.offer.roleTitle} is marked filled.` : '';
  return `Offer accepted.${moved}${filled}`;
}

export function OfferDialog({ applicationId, roleId, candidateName, roleTitle, offer, onClose }: Props) {
  const [current, setCurrent] = useState<Offer | null>(offer);
  const [values, setValues] = useState<Values | null>(offer ? valuesOf(offer) : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  // A new offer starts from the role's salary fields (currency, period, and the pay when the range is one figure).
  const startNew = () => {
    blankOffer(roleId)
      .then((blank) => {
        setCurrent(null);
        setValues(blank);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  };
  useEffect(() => {
    if (offer) return;
    let live = true;
    blankOffer(roleId)
      .then((blank) => live && setValues(blank))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [offer, roleId]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => (v ? { ...v, [key]: value } : v));
  const text = (key: Exclude<keyof Values, 'payPeriod'>) => ({
    value: values?.[key] ?? '',
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  const failed = (e: unknown) => {
    setBusy(false);
    if (e instanceof ApiError && e.issues.length > 0) setErrors(toFieldErrors(e.issues.map((i) => ({ ...i, path: i.path.filter((p) => p !== 'patch') }))));
    setError(errorMessage(e));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!values) return;
    const checked = termsOf(values);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    const { terms } = checked;
    setBusy(true);
    setErrors({});
    setError('');
    const saving = current ? offerActions.update(current.id, terms) : offerActions.create(applicationId, terms);
    saving
      .then((saved) => {
        setBusy(false);
        toast.success(current ? `Saved the offer to ${candidateName}` : `Offer to ${candidateName} made`, { description: saved.payWords || undefined });
        onClose(true);
      })
      .catch(failed);
  };

  const setStatus = (status: OfferStatus) => {
    if (!current) return;
    setBusy(true);
    setError('');
    offerActions
      .setStatus(current.id, status)
      .then((result) => {
        setBusy(false);
        if (status === 'accepted') {
          confirmWithUndo({
            message: acceptedWords(result, candidateName),
            undo: () => offerActions.undoAccept(result),
            undone: `The offer is open again${result.movedFrom ? ` and ${candidateName} is back where they were` : ''}`,
          });
          onClose(true);
          return;
        }
        toast.success(`${OFFER_STATUS_LABELS[result.offer.status]}: ${candidateName}`);
        setCurrent(result.offer);
        setChanged(true);
      })
      .catch(failed);
  };

  const saveLetter = () => {
    if (!current) return;
    const id = toast.loading('Preparing the letter…');
    offerActions
      .saveLetter(current.id)
      .then((pdf) => {
        const left = pdf.unfilled.length > 0 ? ` Left as typed: ${pdf.unfilled.join(', ')}.` : '';
        toast.success('Letter ready', { id, description: `${pdf.fileName}.${left}` });
      })
      .catch((e: unknown) => {
        toast.dismiss(id);
        setError(errorMessage(e));
      });
  };

  const status = current?.status;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose(changed)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title className="dialog-title">
            Offer to {candidateName} for {roleTitle}
          </Dialog.Title>
          <Dialog.Description className="dialog-description">
            {current ? `${OFFER_STATUS_LABELS[current.status]} ${formatDay(current.sentAt.slice(0, 10))}.` : 'The offer counts as sent when you make it. Its letter comes from your offer template.'}
          </Dialog.Description>
          {current ? (
            <div className="offer-status-actions" role="group" aria-label="Offer status">
              <span className={`offer-status offer-status-${current.status}`}>{OFFER_STATUS_LABELS[current.status]}</span>
              {status === 'sent' ? (
                <>
                  <Button size="sm" variant="primary" icon={<Check size={14} aria-hidden="true" />} disabled={busy} onClick={() => setStatus('accepted')}>
                    Mark accepted
                  </Button>
                  <Button size="sm" icon={<X size={14} aria-hidden="true" />} disabled={busy} onClick={() => setStatus('declined')}>
                    Mark declined
                  </Button>
                  <Button size="sm" disabled={busy} onClick={() => setStatus('expired')}>
                    Mark expired
                  </Button>
                </>
              ) : null}
              {status === 'accepted' ? (
                <Button size="sm" disabled={busy} onClick={() => setStatus('declined')}>
                  They changed their mind
                </Button>
              ) : null}
              {status === 'declined' || status === 'expired' ? (
                <>
                  <Button size="sm" icon={<RotateCcw size={14} aria-hidden="true" />} disabled={busy} onClick={() => setStatus('sent')}>
                    Open again
                  </Button>
                  <Button size="sm" disabled={busy} onClick={startNew}>
                    New offer…
                  </Button>
                </>
              ) : null}
            </div>
          ) : null}
          {values ? (
            <form onSubmit={save} noValidate>
              <div className="form-grid">
                <TextField label="Pay" inputMode="decimal" placeholder="e.g. 52000" {...text('payAmount')} />
                <SelectField
                  label="Currency"
                  value={values.payCurrency}
                  error={errors.payCurrency}
                  options={currencyOptions(values.payCurrency).map((c) => ({ value: c, label: c }))}
                  onChange={(e) => set('payCurrency', e.target.value)}
                />
                <SelectField
                  label="Pay period"
                  value={values.payPeriod}
                  error={errors.payPeriod}
                  options={optionsFrom(SALARY_PERIOD_LABELS)}
                  onChange={(e) => set('payPeriod', e.target.value as SalaryPeriod)}
                />
                <TextField label="Pay in your own words" placeholder="e.g. plus a yearly bonus" hint="Printed after the amount, or instead of it." {...text('payText')} />
                <TextField label="Start date" type="date" {...text('startOn')} />
                <TextField label="Open until" type="date" hint="The last day they can accept. After it, the offer counts as expired." {...text('expiresOn')} />
                <TextAreaField label="Note" className="span-2" rows={2} hint="For you; not printed on the letter." {...text('note')} />
              </div>
              <FormError message={error} />
              <DialogFormActions submitLabel={current ? 'Save changes' : 'Make offer'} disabled={busy}>
                {current ? (
                  <Button icon={<FileDown size={14} aria-hidden="true" />} onClick={saveLetter}>
                    Save letter as PDF
                  </Button>
                ) : null}
              </DialogFormActions>
            </form>
          ) : (
            <FormError message={error} />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
