// The role (a job opening) as the contract carries it: fields, drafts, patches, list queries.
// Runs anywhere; the renderer uses the same schemas to show messages beside each field.
import { z } from 'zod';
import { Address, AddressPatch, CurrencyCode, IsoDate, IsoDateTime, OptionalEmail, OptionalWebUrl, Uuid, text } from './common-schemas';
import { TimeZoneName } from './interview-schemas';
import { ROLE_LIMITS } from './limits';

export { ROLE_LIMITS } from './limits';

export const ROLE_STATUSES = ['draft', 'open', 'on_hold', 'closed', 'filled'] as const;
export const RoleStatus = z.enum(ROLE_STATUSES);
export type RoleStatus = z.infer<typeof RoleStatus>;

export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export const Workplace = z.enum(WORKPLACES);
export type Workplace = z.infer<typeof Workplace>;

export const EMPLOYMENT_TYPES = [
  'full_time',
  'part_time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
  'per_diem',
  'other',
] as const;
export const EmploymentType = z.enum(EMPLOYMENT_TYPES);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const SalaryPeriod = z.enum(SALARY_PERIODS);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

const Salary = z
  .number({ message: 'Enter a number' })
  .finite()
  .min(0, { message: 'Salary cannot be negative' })
  .max(ROLE_LIMITS.salary, { message: 'That salary looks too large' })
  .nullable();

/** Every field a user edits on a role, each with its default. */
export const RoleFieldsShape = z.object({
  title: text(ROLE_LIMITS.title).min(1, { message: 'Give the role a title' }),
  department: text(ROLE_LIMITS.department).default(''),
  location: Address.default({ street: '', city: '', region: '', postalCode: '', country: '' }),
  workplace: Workplace.default('onsite'),
  /** For remote roles: the countries applicants may live in (empty = anywhere). */
  remoteCountries: z
    .array(text(100).min(1))
    .max(ROLE_LIMITS.remoteCountries, { message: `List at most ${ROLE_LIMITS.remoteCountries} countries` })
    .default([]),
  employmentType: EmploymentType.default('full_time'),
  salaryMin: Salary.default(null),
  salaryMax: Salary.default(null),
  salaryCurrency: CurrencyCode.default('USD'),
  salaryPeriod: SalaryPeriod.default('year'),
  openings: z
    .number({ message: 'Enter a whole number' })
    .int({ message: 'Enter a whole number' })
    .min(1, { message: 'At least one opening' })
    .max(ROLE_LIMITS.openings, { message: `At most ${ROLE_LIMITS.openings} openings` })
    .default(1),
  status: RoleStatus.default('draft'),
  postedOn: IsoDate.nullable().default(null),
  closesOn: IsoDate.nullable().default(null),
  hiringManager: text(ROLE_LIMITS.hiringManager).default(''),
  applyEmail: OptionalEmail.default(''),
  applyUrl: OptionalWebUrl.default(''),
  applyInstructions: text(ROLE_LIMITS.applyInstructions).default(''),
});

type RoleFieldsLike = {
  salaryMin: number | null;
  salaryMax: number | null;
  postedOn: string | null;
  closesOn: string | null;
};

/** The rules that span two fields; each issue names the field the message belongs beside. */
export function checkRoleCrossFields(value: RoleFieldsLike, ctx: z.RefinementCtx): void {
  if (value.salaryMin !== null && value.salaryMax !== null && value.salaryMin > value.salaryMax) {
    ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'Maximum must be at least the minimum' });
  }
  if (value.postedOn !== null && value.closesOn !== null && value.closesOn <= value.postedOn) {
    ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'Closing date must be after the posting date' });
  }
}

/** A complete, valid set of role fields (what `roles:create` accepts; missing fields take defaults). */
export const RoleDraft = RoleFieldsShape.strict().superRefine(checkRoleCrossFields);
export type RoleDraft = z.input<typeof RoleDraft>;
export type RoleFields = z.output<typeof RoleDraft>;

/** Some fields of a role; the merged result must still pass RoleDraft. */
export const RolePatch = z
  .object({
    title: RoleFieldsShape.shape.title,
    department: text(ROLE_LIMITS.department),
    location: AddressPatch,
    workplace: Workplace,
    remoteCountries: z.array(text(100).min(1)).max(ROLE_LIMITS.remoteCountries),
    employmentType: EmploymentType,
    salaryMin: Salary,
    salaryMax: Salary,
    salaryCurrency: CurrencyCode,
    salaryPeriod: SalaryPeriod,
    openings: z.number().int().min(1).max(ROLE_LIMITS.openings),
    status: RoleStatus,
    postedOn: IsoDate.nullable(),
    closesOn: IsoDate.nullable(),
    hiringManager: text(ROLE_LIMITS.hiringManager),
    applyEmail: OptionalEmail,
    applyUrl: OptionalWebUrl,
    applyInstructions: text(ROLE_LIMITS.applyInstructions),
  })
  .partial()
  .strict();
export type RolePatch = z.infer<typeof RolePatch>;

/** A stored role. */
export const Role = RoleFieldsShape.extend({
  id: Uuid,
  archivedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Made by sample:load (still sample after the owner edits it); sample:remove deletes it. */
  sample: z.boolean(),
});
export type Role = z.infer<typeof Role>;

export const ROLE_SORTS = ['title', 'status', 'updated', 'created', 'closes'] as const;
export const RoleSort = z.enum(ROLE_SORTS);
export type RoleSort = z.infer<typeof RoleSort>;

export const RoleListQuery = z
  .object({
    /** Only roles in these statuses (all when absent or empty). */
    statuses: z.array(RoleStatus).max(ROLE_STATUSES.length).optional(),
    /** Active roles only (default), archived only, or both. */
    archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
    /** Words to find in the title or department (prefix match). */
    search: z.string().max(200).default(''),
    sort: RoleSort.default('updated'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    /** The owner's IANA time zone, for which days are "this week" (the computer's zone when absent). */
    timeZone: TimeZoneName.optional(),
  })
  .strict();
export type RoleListQuery = z.input<typeof RoleListQuery>;

/**
 * A role's hiring overview (core/applications/hiring-counts-rules.ts defines the words): applications
 * nobody has acted on yet, the rest still active on the board, and interviews this week (Monday to Sunday).
 */
export const RoleCounts = z.object({
  new: z.number().int(),
  inProcess: z.number().int(),
  interviewsThisWeek: z.number().int(),
});
export type RoleCounts = z.infer<typeof RoleCounts>;

export const RoleList = z.object({
  roles: z.array(Role),
  total: z.number().int(),
  /** Each listed role's counts, by role id. */
  counts: z.record(z.string(), RoleCounts),
});
export type RoleList = z.infer<typeof RoleList>;

export const RoleUpdateInput = z
  .object({
    id: Uuid,
    patch: RolePatch,
    /** When given, the update is refused with `conflict` if the role changed since. */
    expectedUpdatedAt: IsoDateTime.optional(),
  })
  .strict();
export type RoleUpdateInput = z.infer<typeof RoleUpdateInput>;
