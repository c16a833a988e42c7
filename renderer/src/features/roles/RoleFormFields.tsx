// Renderer: the role form's fields, grouped into sections (basics, location, pay, dates, how to apply).
import { EMPLOYMENT_TYPE_LABELS, SALARY_PERIOD_LABELS, STATUS_LABELS, WORKPLACE_LABELS, currencyOptions } from '../../lib/labels';
import type { ChangeEvent, ReactNode } from 'react';
import { SelectField, TextAreaField, TextField, optionsFrom } from '../../components/Field';
import type { FieldErrors } from '../../lib/field-errors';
import type { RoleFormValues } from './role-form-model';

interface Props {
  values: RoleFormValues;
  errors: FieldErrors;
  setField<K extends keyof RoleFormValues>(key: K, value: RoleFormValues[K]): void;
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="form-section" aria-labelledby={id}>
      <div className="form-section-intro">
        <h2 id={id} className="form-section-title">
          {title}
        </h2>
        <p className="form-section-description">{description}</p>
      </div>
      <div className="form-grid">{children}</div>
    </section>
  );
}

export function RoleFormFields({ values: v, errors, setField }: Props) {
  const text = (key: keyof RoleFormValues) => ({
    value: v[key],
    error: errors[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setField(key, e.target.value),
  });

  return (
    <>
      <Section title="Basics" description="What the job is called and where it stands.">
        <TextField label="Job title" className="span-2" required autoFocus placeholder="e.g. Weekend barista" {...text('title')} />
        <TextField label="Department" placeholder="e.g. Front of house" {...text('department')} />
        <TextField label="Hiring manager" placeholder="Who makes the decision" {...text('hiringManager')} />
        <SelectField
          label="Employment type"
          value={v.employmentType}
          error={errors.employmentType}
          options={optionsFrom(EMPLOYMENT_TYPE_LABELS)}
          onChange={(e) => setField('employmentType', e.target.value as RoleFormValues['employmentType'])}
        />
        <SelectField
          label="Status"
          value={v.status}
          error={errors.status}
          options={optionsFrom(STATUS_LABELS)}
          onChange={(e) => setField('status', e.target.value as RoleFormValues['status'])}
        />
        <TextField label="Openings" inputMode="numeric" hint="How many people you are hiring." {...text('openings')} />
      </Section>

      <Section title="Location" description="Where the work happens. Remote roles can limit where applicants live.">
        <SelectField
          label="Workplace"
          value={v.workplace}
          error={errors.workplace}
          options={optionsFrom(WORKPLACE_LABELS)}
          onChange={(e) => setField('workplace', e.target.value as RoleFormValues['workplace'])}
        />
        {v.workplace === 'remote' ? (
          <TextField
            label="Applicants may live in"
            placeholder="e.g. Canada, United States"
            hint="Separate countries with commas. Leave empty for anywhere."
            {...text('remoteCountries')}
          />
        ) : (
          <div aria-hidden="true" />
        )}
        <TextField label="Street address" className="span-2" autoComplete="street-address" {...text('street')} />
        <TextField label="City" autoComplete="address-level2" {...text('city')} />
        <TextField label="State or region" autoComplete="address-level1" {...text('region')} />
        <TextField label="Postal code" autoComplete="postal-code" {...text('postalCode')} />
        <TextField label="Country" autoComplete="country-name" {...text('country')} />
      </Section>

      <Section title="Pay" description="Leave the range empty if you would rather not publish it.">
        <TextField label="Minimum salary" inputMode="decimal" placeholder="e.g. 18" {...text('salaryMin')} />
        <TextField label="Maximum salary" inputMode="decimal" placeholder="e.g. 22" {...text('salaryMax')} />
        <SelectField
          label="Currency"
          value={v.salaryCurrency}
          error={errors.salaryCurrency}
          options={currencyOptions(v.salaryCurrency).map((c) => ({ value: c, label: c }))}
          onChange={(e) => setField('salaryCurrency', e.target.value)}
        />
        <SelectField
          label="Pay period"
          value={v.salaryPeriod}
          error={errors.salaryPeriod}
          options={optionsFrom(SALARY_PERIOD_LABELS)}
          onChange={(e) => setField('salaryPeriod', e.target.value as RoleFormValues['salaryPeriod'])}
        />
      </Section>

      <Section title="Dates" description="When the posting goes up and the last day to apply.">
        <TextField label="Posting date" type="date" {...text('postedOn')} />
        <TextField label="Closing date" type="date" {...text('closesOn')} />
      </Section>

      <Section title="How to apply" description="Give applicants at least one way to reach you.">
        <TextField label="Application email" type="email" placeholder="jobs@example.com" autoComplete="email" {...text('applyEmail')} />
        <TextField label="Application web address" type="url" placeholder="https://" {...text('applyUrl')} />
        <TextAreaField
          label="Instructions"
          className="span-2"
          rows={4}
          placeholder="e.g. Drop by with your résumé any weekday before 11am."
          {...text('applyInstructions')}
        />
      </Section>
    </>
  );
}
