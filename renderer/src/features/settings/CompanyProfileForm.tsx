// Renderer: Settings → Company profile: name, website, address, logo, default currency and paper size.
import { CardHeader } from '../../components/CardHeader';
import { Save } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { CompanyUpdateInput, type Company, type PaperSize } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { focusFirstInvalid, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { currencyOptions } from '../../lib/labels';
import { notifyError } from '../../lib/notify';
import { useLeaveGuard } from '../../lib/use-leave-guard';
import { useCompanyStore } from '../../stores/company-store';
import { LogoPicker, type LogoChange } from './LogoPicker';

interface Values {
  name: string;
  website: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  defaultCurrency: string;
  paperSize: PaperSize;
}

function toValues(c: Company): Values {
  return { name: c.name, website: c.website, ...c.address, defaultCurrency: c.defaultCurrency, paperSize: c.paperSize };
}

function toUpdate(v: Values, logo: LogoChange): CompanyUpdateInput {
  const { street, city, region, postalCode, country, website, ...rest } = v;
  return {
    ...rest,
    website: website.trim(),
    address: { street, city, region, postalCode, country },
    ...(logo === undefined ? {} : { logo: logo === null ? null : { path: logo.path } }),
  };
}

function flatten(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [k.replace(/^address\./, ''), m]));
}

export function CompanyProfileForm({ company }: { company: Company }) {
  const [values, setValues] = useState<Values>(() => toValues(company));
  const [logo, setLogo] = useState<LogoChange>(undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useCompanyStore((s) => s.save);
  const dirty = logo !== undefined || JSON.stringify(values) !== JSON.stringify(toValues(company));
  const { leaveFreely } = useLeaveGuard(dirty);

  useEffect(() => {
    if (refusals > 0) focusFirstInvalid(formRef.current);
  }, [refusals]);

  const field = (key: keyof Omit<Values, 'paperSize'>) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    setRefusals((n) => n + 1);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const update = toUpdate(values, logo);
    const parsed = CompanyUpdateInput.safeParse(update);
    if (!parsed.success) return refuse(flatten(toFieldErrors(parsed.error.issues)));
    setSaving(true);
    try {
      const saved = await save(update);
      leaveFreely();
      setValues(toValues(saved));
      setLogo(undefined);
      setErrors({});
      toast.success('Company profile saved');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid_input') refuse(flatten(toFieldErrors(error.issues)));
      notifyError(error, 'Could not save the company profile');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="card settings-card" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="company-heading">
      <CardHeader id="company-heading" title="Company profile" description="Shown on the job postings you print and share." />
      <div className="form-grid">
        <TextField label="Company name" className="span-2" autoComplete="organization" {...field('name')} />
        <TextField label="Website" type="url" placeholder="https://" className="span-2" {...field('website')} />
        <div className="span-2">
          <LogoPicker storedUrl={company.logo?.dataUrl ?? null} change={logo} onChange={setLogo} />
        </div>
        <TextField label="Street address" className="span-2" autoComplete="street-address" {...field('street')} />
        <TextField label="City" autoComplete="address-level2" {...field('city')} />
        <TextField label="State or region" autoComplete="address-level1" {...field('region')} />
        <TextField label="Postal code" autoComplete="postal-code" {...field('postalCode')} />
        <TextField label="Country" autoComplete="country-name" {...field('country')} />
        <SelectField
          label="Default currency"
          hint="New roles start with this currency."
          options={currencyOptions(values.defaultCurrency).map((c) => ({ value: c, label: c }))}
          {...field('defaultCurrency')}
        />
        <fieldset className="field radio-group">
          <legend className="field-label">Paper size</legend>
          <div className="radio-row">
            {(['a4', 'letter'] as const).map((size) => (
              <label key={size} className="radio">
                <input
                  type="radio"
                  name="paperSize"
                  value={size}
                  checked={values.paperSize === size}
                  onChange={() => setValues((v) => ({ ...v, paperSize: size }))}
                />
                {size === 'a4' ? 'A4' : 'US Letter'}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="card-footer card-footer-split">
        <span className="muted form-save-note" role="status">
          {dirty ? 'Unsaved changes' : 'All changes saved'}
        </span>
        <Button type="submit" variant="primary" icon={<Save size={16} aria-hidden="true" />} disabled={saving}>
          {saving ? 'Saving…' : 'Save company profile'}
        </Button>
      </div>
    </form>
  );
}
