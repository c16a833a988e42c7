// The words a person reads for the contract's enum values, shared by the renderer and the postings
// the core renders, so the screen and the printed page always agree. Runs anywhere.
import type { CandidateSource } from './candidates-schemas';
import type { ApplicationStatus } from './pipeline-schemas';
import type { EmploymentType, RoleStatus, Workplace } from './roles-schemas';

export const STATUS_LABELS: Record<RoleStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  on_hold: 'On hold',
  closed: 'Closed',
  filled: 'Filled',
};

export const WORKPLACE_LABELS: Record<Workplace, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  volunteer: 'Volunteer',
  per_diem: 'Per diem',
  other: 'Other',
};

export const CANDIDATE_SOURCE_LABELS: Record<CandidateSource, string> = {
  job_board: 'Job board',
  referral: 'Referral',
  walk_in: 'Walk-in',
  website: 'Company website',
  agency: 'Agency',
  other: 'Other',
};

/** An application's status, in the candidates table, the profile and the CSV export. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  active: 'Active',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrew',
};
