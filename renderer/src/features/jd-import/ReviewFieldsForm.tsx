// Renderer: the import review's role fields (title, pay, type, place) as found, editable, plus the other
// "Label: value" lines the parser recognised.
import { CardHeader } from '../../components/CardHeader';
import { EMPLOYMENT_TYPE_LABELS, SALARY_PERIOD_LABELS, WORKPLACE_LABELS } from '../../lib/labels';
import { SelectField, TextField, optionsFrom } from '../../components/Field';
import { useJdImportStore, type ReviewFields } from '../../stores/jd-import-store';
import { salaryProblem } from './jd-import-model';

function withBlank<K extends string>(labels: Record<K, string>, blank: string) {
  return [{ value: '', label: blank }, ...optionsFrom(labels)];
}

export function ReviewFieldsForm({ showErrors }: { showErrors: boolean }) {
  const f = useJdImportStore((s) => s.fields);
  const detected = useJdImportStore((s) => s.detected);
  const set = useJdImportStore((s) => s.setFields);
  const text = (key: keyof ReviewFields) => ({ value: f[key], onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }) });
  const entries = Object.entries(detected);

  return (
    <section className="card review-fields" aria-labelledby="review-fields-title">
      <CardHeader id="review-fields-title" title="The role" description="Found in the text. Anything left empty keeps its usual default; you can change all of it later." />
      <div className="form-grid review-grid">
        <TextField label="Job title" className="span-3" required error={showErrors && !f.title.trim() ? 'Give the role a title' : undefined} {...text('title')} />
        <TextField label="Minimum salary" inputMode="decimal" error={(showErrors && salaryProblem(f.salaryMin)) || undefined} {...text('salaryMin')} />
        <TextField label="Maximum salary" inputMode="decimal" error={(showErrors && salaryProblem(f.salaryMax)) || undefined} {...text('salaryMax')} />
        <TextField label="Currency" placeholder="e.g. USD" maxLength={3} {...text('salaryCurrency')} />
        <SelectField label="Pay period" value={f.salaryPeriod} options={withBlank(SALARY_PERIOD_LABELS, 'Not stated')} onChange={(e) => set({ salaryPeriod: e.target.value as ReviewFields['salaryPeriod'] })} />
        <SelectField label="Employment type" value={f.employmentType} options={withBlank(EMPLOYMENT_TYPE_LABELS, 'Not stated')} onChange={(e) => set({ employmentType: e.target.value as ReviewFields['employmentType'] })} />
        <SelectField label="Workplace" value={f.workplace} options={withBlank(WORKPLACE_LABELS, 'Not stated')} onChange={(e) => set({ workplace: e.target.value as ReviewFields['workplace'] })} />
        <TextField label="City" {...text('city')} />
        <TextField label="State or region" {...text('region')} />
        <TextField label="Country" {...text('country')} />
      </div>
      {entries.length > 0 ? (
        <div className="detected">
          <h3 className="detected-title">Lines recognised as fields</h3>
          <dl className="detected-list">
            {entries.map(([label, value]) => (
              <div key={label} className="detected-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
