// Renderer: the CSV import wizard's second step: what the core noticed reading the file, a field per column
// (guessed by the core), a preview of the first rows, what to do with duplicates, and an optional role and stage.
import { useEffect, useState } from 'react';
import { DUPLICATE_MODES, IMPORT_FIELDS, type DuplicateMode, type ImportField, type ImportMapping, type ImportPreview, type PipelineStage, type Role } from '../../../../electron/contract';
import { RoleOptions } from '../../components/RoleOptions';
import { notifyError } from '../../lib/notify';
import { applicationActions } from '../../stores/pipeline-store';
import { IMPORT_FIELD_LABELS } from './candidate-labels';
import { assignColumn, fieldOfColumn } from './import-mapping';
import { ImportWarnings } from './ImportWarnings';

export interface ImportChoices {
  mapping: ImportMapping;
  duplicates: DuplicateMode;
  roleId: string;
  stageName: string;
}

const DUPLICATE_LABELS: Record<DuplicateMode, string> = {
  skip: 'Skip them (keep what is stored)',
  merge: 'Merge them into the stored candidate',
  create: 'Add them as new candidates anyway',
};

interface Props {
  preview: ImportPreview;
  roles: Role[];
  choices: ImportChoices;
  onChange(choices: ImportChoices): void;
}

export function ImportMappingStep({ preview, roles, choices, onChange }: Props) {
  const [stages, setStages] = useState<PipelineStage[]>([]);
  useEffect(() => {
    if (!choices.roleId) return;
    let live = true;
    applicationActions
      .board(choices.roleId)
      .then((p) => live && setStages(p.stages))
      .catch((e: unknown) => notifyError(e, 'Could not load the role’s stages'));
    return () => {
      live = false;
    };
  }, [choices.roleId]);

  const sample = preview.sampleRows.slice(0, 5);
  return (
    <div className="import-steps">
      <p className="muted">
        {preview.rowCount.toLocaleString()} row{preview.rowCount === 1 ? '' : 's'} found, separated by{' '}
        {preview.delimiter === '\t' ? 'tabs' : `“${preview.delimiter}”`}. Check what each column holds.
      </p>
      <ImportWarnings warnings={preview.warnings} />
      <div className="import-preview-wrap" tabIndex={0} role="region" aria-label="Columns and first rows">
        <table className="table import-preview">
          <caption className="sr-only">Columns of the file, what each becomes, and the first rows</caption>
          <thead>
            <tr>
              {preview.headers.map((header, i) => (
                <th key={i} scope="col">
                  <span className="import-col-name">{header || `Column ${i + 1}`}</span>
                  <select
                    className="input select select-compact"
                    aria-label={`Column “${header || i + 1}” is`}
                    value={fieldOfColumn(choices.mapping, i)}
                    onChange={(e) => onChange({ ...choices, mapping: assignColumn(choices.mapping, i, e.target.value as ImportField | '') })}
                  >
                    <option value="">Don’t import</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {IMPORT_FIELD_LABELS[f]}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((row, r) => (
              <tr key={r}>
                {preview.headers.map((_, i) => (
                  <td key={i} title={row[i] ?? ''}>
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="radio-group">
        <legend className="field-label">When someone is already stored (same email or phone)</legend>
        {DUPLICATE_MODES.map((mode) => (
          <label key={mode} className="radio">
            <input type="radio" name="duplicates" value={mode} checked={choices.duplicates === mode} onChange={() => onChange({ ...choices, duplicates: mode })} />
            {DUPLICATE_LABELS[mode]}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">Add everyone to a role (optional)</span>
          <select
            className="input select"
            value={choices.roleId}
            onChange={(e) => {
              setStages([]);
              onChange({ ...choices, roleId: e.target.value, stageName: '' });
            }}
          >
            <option value="">No role</option>
            <RoleOptions roles={roles} />
          </select>
        </label>
        {choices.roleId ? (
          <label className="field">
            <span className="field-label">In stage</span>
            <select className="input select" value={choices.stageName} onChange={(e) => onChange({ ...choices, stageName: e.target.value })}>
              <option value="">First stage</option>
              {stages.map((s) => (
                <option key={s.id} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
    </div>
  );
}
