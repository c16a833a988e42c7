// Renderer: the role form's state (what the person typed, as strings) and its mapping to and from the contract.
import { RoleDraft, type EmploymentType, type Role, type RoleStatus, type SalaryPeriod, type Workplace } from '../../../../electron/contract';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';

/** Exactly what is in the inputs; never normalised behind the person's back. */
export interface RoleFormValues {
  title: string;
  department: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  workplace: Workplace;
  remoteCountries: string;
  employmentType: EmploymentType;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  openings: string;
  status: RoleStatus;
  postedOn: string;
  closesOn: string;
  hiringManager: string;
  applyEmail: string;
  applyUrl: string;
  applyInstructions: string;
}

export function emptyRoleForm(currency: string): RoleFormValues {
  return {
    title: '',
    department: '',
    street: '',
    city: '',
    region: '',
    postalCode: '',
    country: '',
    workplace: 'onsite',
    remoteCountries: '',
    employmentType: 'full_time',
    salaryMin: '',
    salaryMax: '',
    salaryCurrency: currency,
    salaryPeriod: 'year',
    openings: '1',
    status: 'draft',
    postedOn: '',
    closesOn: '',
    hiringManager: '',
    applyEmail: '',
    applyUrl: '',
    applyInstructions: '',
  };
}

export function roleToForm(role: Role): RoleFormValues {
  return {
    title: role.title,
    department: role.department,
    street: role.location.street,
    city: role.location.city,
    region: role.location.region,
    postalCode: role.location.postalCode,
    country: role.location.country,
    workplace: role.workplace,
    remoteCountries: role.remoteCountries.join(', '),
    employmentType: role.employmentType,
    salaryMin: role.salaryMin === null ? '' : String(role.salaryMin),
    salaryMax: role.salaryMax === null ? '' : String(role.salaryMax),
    salaryCurrency: role.salaryCurrency,
    salaryPeriod: role.salaryPeriod,
    openings: String(role.openings),
    status: role.status,
    postedOn: role.postedOn ?? '',
    closesOn: role.closesOn ?? '',
    hiringManager: role.hiringManager,
    applyEmail: role.applyEmail,
    applyUrl: role.applyUrl,
    applyInstructions: role.applyInstructions,
  };
}

/** '' → null; anything else → a number (NaN when it is not one, so the schema says "Enter a number"). */
function optionalNumber(value: string): number | null {
  const trimmed = value.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

export function splitCountries(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** The contract's RoleDraft for these values (not yet validated). */
export function formToDraft(v: RoleFormValues): RoleDraft {
  const openings = v.openings.trim();
  return {
    title: v.title,
    department: v.department,
    location: { street: v.street, city: v.city, region: v.region, postalCode: v.postalCode, country: v.country },
    workplace: v.workplace,
    remoteCountries: v.workplace === 'remote' ? splitCountries(v.remoteCountries) : [],
    employmentType: v.employmentType,
    salaryMin: optionalNumber(v.salaryMin),
    salaryMax: optionalNumber(v.salaryMax),
    salaryCurrency: v.salaryCurrency,
    salaryPeriod: v.salaryPeriod,
    openings: openings === '' ? Number.NaN : Number(openings),
    status: v.status,
    postedOn: v.postedOn || null,
    closesOn: v.closesOn || null,
    hiringManager: v.hiringManager,
    applyEmail: v.applyEmail.trim(),
    applyUrl: v.applyUrl.trim(),
    applyInstructions: v.applyInstructions,
  };
}

/** Contract paths ("location.city") → the form's field names ("city"). */
export function formErrorsFromIssues(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path.startsWith('location.') ? path.slice('location.'.length) : path.startsWith('patch.') ? path.slice(6) : path;
    const field = key.startsWith('location.') ? key.slice('location.'.length) : key;
    if (!(field in out)) out[field] = message;
  }
  return out;
}

export function validateRoleForm(v: RoleFormValues): { draft: RoleDraft; errors: FieldErrors } {
  const draft = formToDraft(v);
  const parsed = RoleDraft.safeParse(draft);
  return { draft, errors: parsed.success ? {} : formErrorsFromIssues(toFieldErrors(parsed.error.issues)) };
}
