// Renderer: the candidate form's fields, grouped: who they are, how to reach them, where they came from, notes.
import { CANDIDATE_SOURCES, CANDIDATE_SOURCE_LABELS } from '../../../../electron/contract';
import { useId, type ChangeEvent, type ReactNode } from 'react';
import type { Role } from '../../../../electron/contract';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { RoleOptions } from '../../components/RoleOptions';
import type { FieldErrors } from '../../lib/field-errors';
import { SOURCE_DETAIL_LABELS } from './candidate-labels';
import type { CandidateFormValues } from './candidate-form-model';

/** A new candidate's optional role: they start in its first stage. Absent when editing. */
export interface RoleChoice {
  roles: readonly Pick<Role, 'id' | 'title'>[];
  roleId: string;
  error?: string | undefined;
  setRoleId(id: string): void;
}

interface Props {
  values: CandidateFormValues;
  errors: FieldErrors;
  setField<K extends keyof CandidateFormValues>(key: K, value: CandidateFormValues[K]): void;
  role?: RoleChoice | undefined;
}

function RoleField({ role }: { role: RoleChoice }) {
  const id = useId();
  return (
    <div className={`field span-2${role.error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        Applying for
      </label>
      <select
        id={id}
        name="roleId"
        className="input select"
        value={role.roleId}
        aria-invalid={Boolean(role.error)}
        aria-describedby={`${id}-hint`}
        onChange={(e) => role.setRoleId(e.target.value)}
      >
        <option value="">No role yet</option>
        <RoleOptions roles={role.roles} />
      </select>
      {role.error ? <p className="field-error">{role.error}</p> : null}
      <p className="field-hint" id={`${id}-hint`}>
        They start in the first stage of that role’s pipeline.
      </p>
    </div>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <section className="form-section">
      <div>
        <h2 className="form-section-title">{title}</h2>
        <p className="form-section-description">{description}</p>
      </div>
      <div className="form-grid">{children}</div>
    </section>
  );
}

export function CandidateFormFields({ values, errors, setField, role }: Props) {
  const text = (
    key: 'fullName' | 'emails' | 'phones' | 'location' | 'linkedinUrl' | 'portfolioUrl' | 'sourceDetail' | 'tags' | 'retentionUntil' | 'retentionReason' | 'consentFutureRolesOn' | 'consentNote',
  ) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setField(key, e.target.value),
  });
  return (
    <>
      <Section title="Who they are" description="The name they go by, and where they live.">
        <TextField label="Full name" autoComplete="off" required {...text('fullName')} className="span-2" />
        <TextField label="Location" placeholder="e.g. Portland, Maine" {...text('location')} className="span-2" />
      </Section>
      <Section title="How to reach them" description="Several emails or phone numbers? Separate them with commas.">
        <TextField label="Email addresses" type="text" inputMode="email" placeholder="ana@example.com" {...text('emails')} />
        <TextField label="Phone numbers" inputMode="tel" placeholder="+1 207 555 0100" {...text('phones')} />
        <TextField label="LinkedIn" placeholder="https://www.linkedin.com/in/…" {...text('linkedinUrl')} />
        <TextField label="Portfolio" placeholder="https://…" {...text('portfolioUrl')} />
        <TextAreaField
          label="Other links"
          className="span-2"
          rows={3}
          name="links"
          hint="One per line, optionally with a label first: “GitHub https://github.com/ana”."
          value={values.links}
          error={errors.links}
          onChange={(e) => setField('links', e.target.value)}
        />
      </Section>
      <Section title="Where they came from" description="Helps you see which channels bring good people.">
        {role ? <RoleField role={role} /> : null}
        <SelectField
          label="Source"
          name="source"
          value={values.source}
          error={errors.source}
          options={CANDIDATE_SOURCES.map((s) => ({ value: s, label: CANDIDATE_SOURCE_LABELS[s] }))}
          onChange={(e) => setField('source', e.target.value as CandidateFormValues['source'])}
        />
        <TextField label={SOURCE_DETAIL_LABELS[values.source]} {...text('sourceDetail')} />
        <TextField label="Tags" className="span-2" hint="Separate tags with commas, e.g. “barista, weekends”." {...text('tags')} />
      </Section>
      <Section title="Summary" description="A few lines you want to remember about them.">
        <TextAreaField
          label="Summary"
          className="span-2"
          rows={5}
          name="summary"
          value={values.summary}
          error={errors.summary}
          onChange={(e) => setField('summary', e.target.value)}
        />
      </Section>
      <Section
        title="Keeping their data"
        description="Rejected and withdrawn candidates become due for deletion after the period set in Settings → Privacy. A keep-until date holds them until then."
      >
        <TextField label="Keep until" type="date" hint="Leave empty to follow the company rule." {...text('retentionUntil')} />
        <TextField label="Why keep them" placeholder="e.g. Agreed to be considered for future roles" {...text('retentionReason')} />
        <TextField label="Agreed to be considered for future roles on" type="date" hint="Leave empty if they have not agreed." {...text('consentFutureRolesOn')} />
        <TextField label="How they were told or agreed" placeholder="e.g. Signed the walk-in form" {...text('consentNote')} />
      </Section>
    </>
  );
}
