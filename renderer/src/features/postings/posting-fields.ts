// Renderer: where the owner fills in each field the search-engine check names: a role-form field (focused
// on arrival), the job description, or the company profile in Settings.
import type { PostingField } from '../../../../electron/contract';
import type { Route } from '../../stores/route-store';

export const POSTING_FIELD_LABELS: Record<PostingField, string> = {
  title: 'job title',
  description: 'job description',
  postedOn: 'posting date',
  closesOn: 'closing date',
  location: 'location',
  remoteCountries: 'countries applicants may live in',
  employmentType: 'employment type',
  salary: 'salary',
  applyUrl: 'application web address',
  'company.name': 'company name',
  'company.website': 'company website',
  'company.address': 'company address',
};

/** The role form's field names (see roles/role-field-labels.ts) for the check's fields. */
const FORM_FIELDS: Partial<Record<PostingField, string>> = {
  title: 'title',
  postedOn: 'postedOn',
  closesOn: 'closesOn',
  location: 'location',
  remoteCountries: 'remoteCountries',
  employmentType: 'employmentType',
  salary: 'salaryMin',
  applyUrl: 'applyUrl',
};

export function routeForField(roleId: string, field: PostingField): Route {
  if (field === 'description') return { name: 'role-description', id: roleId };
  if (field.startsWith('company.')) return { name: 'settings' };
  return { name: 'role-edit', id: roleId, field: FORM_FIELDS[field] ?? field };
}
