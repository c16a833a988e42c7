// What search engines (Google for Jobs) need from a posting's JSON-LD that is still missing, each with
// the role or company field that fixes it. Pure; runs anywhere; tested in tests/unit.
import type { PostingCheckItem } from '../../contract';
import { workAddress } from './posting-jsonld';
import type { PostingModel } from './posting-model';

type Rule = (model: PostingModel) => PostingCheckItem | null;

const hasText = (model: PostingModel): boolean => model.sections.some((s) => s.blocks.length > 0);

const REQUIRED: readonly Rule[] = [
  (m) => (m.title.trim() ? null : { property: 'title', message: 'Give the role a title.', field: 'title', required: true }),
  (m) =>
    hasText(m)
      ? null
      : { property: 'description', message: 'Write the job description: search engines list only postings that say what the job is.', field: 'description', required: true },
  (m) =>
    m.company.name.trim()
      ? null
      : { property: 'hiringOrganization.name', message: 'Add your company name in Settings.', field: 'company.name', required: true },
  (m) => {
    if (m.role.workplace !== 'remote') {
      const a = workAddress(m);
      if (a.city || a.region || a.country || a.postalCode || a.street) return null;
      return { property: 'jobLocation', message: "Add where the job is (the role's location or your company address).", field: 'location', required: true };
    }
    if (m.role.remoteCountries.length > 0) return null;
    return {
      property: 'applicantLocationRequirements',
      message: 'For a remote role, list the countries applicants may live in.',
      field: 'remoteCountries',
      required: true,
    };
  },
];

const RECOMMENDED: readonly Rule[] = [
  (m) =>
    m.role.postedOn
      ? null
      : { property: 'datePosted', message: "Set the date the role was posted; until then today's date is used on every export.", field: 'postedOn', required: false },
  (m) => (m.role.closesOn ? null : { property: 'validThrough', message: 'Add a closing date.', field: 'closesOn', required: false }),
  (m) =>
    m.role.salaryMin !== null || m.role.salaryMax !== null
      ? null
      : { property: 'baseSalary', message: 'Add the pay range: postings with pay get more applicants.', field: 'salary', required: false },
  (m) => {
    if (m.role.workplace === 'remote') return null;
    const a = workAddress(m);
    const any = a.city || a.region || a.country || a.postalCode || a.street;
    if (!any || (a.country && (a.city || a.region))) return null;
    return { property: 'jobLocation.address', message: 'Add the city and country of the job.', field: 'location', required: false };
  },
  (m) =>
    m.role.employmentType !== 'other'
      ? null
      : { property: 'employmentType', message: 'Choose an employment type (full-time, part-time…).', field: 'employmentType', required: false },
  (m) =>
    m.company.website
      ? null
      : { property: 'hiringOrganization.sameAs', message: 'Add your website in Settings.', field: 'company.website', required: false },
];

/** Required gaps first, then recommended ones, each at most once. */
export function postingCheck(model: PostingModel): PostingCheckItem[] {
  return [...REQUIRED, ...RECOMMENDED].map((rule) => rule(model)).filter((item): item is PostingCheckItem => item !== null);
}
