// Renderer: which field each CSV column goes into, as the import's mapping step shows and changes it. A
// field reads one column, and e-mail, phone and location may read more (`mapping.also`: "Work Phone",
// "2nd E-Mail", City + State). Pure.
import { IMPORT_FIELDS, MULTI_COLUMN_FIELDS, type ImportField, type ImportMapping, type MultiColumnField } from '../../../../electron/contract';

const isMulti = (field: ImportField): field is MultiColumnField => (MULTI_COLUMN_FIELDS as readonly string[]).includes(field);

/** The field a column is read into ('' when it is not imported), whether it is the field's first column or a further one. */
export function fieldOfColumn(mapping: ImportMapping, column: number): ImportField | '' {
  const first = IMPORT_FIELDS.find((f) => mapping[f] === column);
  if (first) return first;
  return MULTI_COLUMN_FIELDS.find((f) => mapping.also?.[f]?.includes(column)) ?? '';
}

/**
 * Reads `column` into `field` ('' for none). The column leaves whatever it fed before; a field that
 * already reads another column keeps it, and e-mail, phone and location read this one as well, while any
 * other field moves to this column. A field whose first column left reads its next one instead.
 */
export function assignColumn(mapping: ImportMapping, column: number, field: ImportField | ''): ImportMapping {
  const next: ImportMapping = { ...mapping };
  const also: Partial<Record<MultiColumnField, number[]>> = {};
  for (const f of MULTI_COLUMN_FIELDS) also[f] = (mapping.also?.[f] ?? []).filter((c) => c !== column);
  for (const f of IMPORT_FIELDS) {
    if (next[f] !== column) continue;
    const rest = isMulti(f) ? (also[f] ?? []) : [];
    next[f] = rest.shift() ?? null;
  }
  if (field) {
    const current = next[field];
    if (isMulti(field) && typeof current === 'number') also[field] = [...(also[field] ?? []), column].sort((a, b) => a - b);
    else next[field] = column;
  }
  const kept = Object.fromEntries(MULTI_COLUMN_FIELDS.filter((f) => (also[f] ?? []).length > 0).map((f) => [f, also[f]]));
  if (Object.keys(kept).length > 0) next.also = kept;
  else delete next.also;
  return next;
}
