// A posting as schema.org JobPosting JSON-LD with Google's required properties and the recommended ones
// we know. Decisions are in the comments below (directApply, validThrough, logo). Pure; runs anywhere.
import type { Address, EmploymentType, SalaryPeriod } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';
import { jsonForScript } from '../escaping/script-json';
import { isBreak, withLinkAddresses, type Block, type Inline } from './posting-blocks';
import type { PostingModel } from './posting-model';

export const GOOGLE_EMPLOYMENT_TYPES: Record<EmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
  volunteer: 'VOLUNTEER',
  per_diem: 'PER_DIEM',
  other: 'OTHER',
};

const UNIT_TEXT: Record<SalaryPeriod, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

/** The tags Google allows in a JobPosting description. */
export const DESCRIPTION_TAGS = ['p', 'ul', 'li', 'strong', 'br'] as const;

function inlineHtml(runs: readonly Inline[]): string {
  // Emphasis has no allowed tag and is dropped; a link becomes its text plus its address.
  return withLinkAddresses(runs)
    .map((run) => (isBreak(run) ? '<br>' : run.strong ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text)))
    .join('');
}

function blocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.type === 'p' ? `<p>${inlineHtml(b.runs)}</p>` : `<ul>${b.items.map((i) => `<li>${inlineHtml(i.runs)}</li>`).join('')}</ul>`))
    .join('');
}

/** The description: each section's heading in bold, its text and lists, then how to apply. */
export function jsonLdDescription(model: PostingModel): string {
  const parts = model.sections.map((s) => `<p><strong>${escapeHtml(s.heading)}</strong></p>${blocksHtml(s.blocks)}`);
  const apply = model.apply;
  if (!apply.empty) {
    const lines = [apply.instructions, apply.url ? `Apply online: ${apply.url}` : '', apply.email ? `Email: ${apply.email}` : ''].filter((l) => l !== '');
    const heading = model.sections.some((s) => s.kind === 'how_to_apply') ? '' : '<p><strong>How to apply</strong></p>';
    parts.push(`${heading}<p>${lines.map(escapeHtml).join('<br>').replace(/\n/g, '<br>')}</p>`);
  }
  return parts.join('');
}

function postalAddress(address: Address): Record<string, string> {
  const out: Record<string, string> = { '@type': 'PostalAddress' };
  if (address.street) out.streetAddress = address.street;
  if (address.city) out.addressLocality = address.city;
  if (address.region) out.addressRegion = address.region;
  if (address.postalCode) out.postalCode = address.postalCode;
  if (address.country) out.addressCountry = address.country;
  return out;
}

/** The role's own address when it has one, else the company's. */
export function workAddress(model: PostingModel): Address {
  const own = model.role.location;
  const hasOwn = own.street || own.city || own.region || own.postalCode || own.country;
  return hasOwn ? own : model.company.address;
}

function locationProperties(model: PostingModel): Record<string, unknown> {
  const { role } = model;
  if (role.workplace === 'remote') {
    // Google: fully remote jobs use TELECOMMUTE plus the countries applicants may live in; "anywhere"
    // has no encoding, so an empty list leaves applicantLocationRequirements out (the check reports it).
    const countries = role.remoteCountries.map((name) => ({ '@type': 'Country', name }));
    return { jobLocationType: 'TELECOMMUTE', ...(countries.length > 0 ? { applicantLocationRequirements: countries } : {}) };
  }
  const address = postalAddress(workAddress(model));
  return Object.keys(address).length > 1 ? { jobLocation: { '@type': 'Place', address } } : {};
}

function salary(model: PostingModel): Record<string, unknown> {
  const { salaryMin: min, salaryMax: max, salaryCurrency, salaryPeriod } = model.role;
  if (min === null && max === null) return {};
  const value: Record<string, unknown> = { '@type': 'QuantitativeValue', unitText: UNIT_TEXT[salaryPeriod] };
  if (min !== null && max !== null && min === max) value.value = min;
  else {
    if (min !== null) value.minValue = min;
    if (max !== null) value.maxValue = max;
  }
  return { baseSalary: { '@type': 'MonetaryAmount', currency: salaryCurrency, value } };
}

function organization(model: PostingModel): Record<string, unknown> {
  // The logo is stored in the data file, not at a public URL, and Google wants a URL: it is left out.
  return {
    '@type': 'Organization',
    name: model.company.name,
    ...(model.company.website ? { sameAs: model.company.website } : {}),
  };
}

export function postingJsonLd(model: PostingModel): Record<string, unknown> {
  const { role } = model;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: role.title,
    description: jsonLdDescription(model),
    datePosted: model.datePosted,
    // A closing date is a whole day: the posting stays valid until that day ends.
    ...(role.closesOn ? { validThrough: `${role.closesOn}T23:59:59` } : {}),
    employmentType: GOOGLE_EMPLOYMENT_TYPES[role.employmentType],
    hiringOrganization: organization(model),
    ...locationProperties(model),
    ...salary(model),
    identifier: { '@type': 'PropertyValue', name: model.company.name || 'Hirebook', value: role.id },
    // Google's directApply means applying right on the page that shows the posting. A Hirebook posting
    // always sends people elsewhere (an email, another site's form), so claiming it would be untrue.
    directApply: false,
  };
}

/**
 * The .jsonld file: pretty-printed, and safe inside <script type="application/ld+json"> because that is
 * where owners paste it (the same escaping as the careers pages).
 */
export function postingJsonLdText(model: PostingModel): string {
  return `${jsonForScript(postingJsonLd(model))}\n`;
}
