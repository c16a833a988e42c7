// The posting view model: a role, its company and its description turned into what every output needs
// (key facts in words, sections as blocks, how to apply). Pure; runs anywhere; tested in tests/unit.
import { EMPLOYMENT_TYPE_LABELS, type Address, type Company, type PaperSize, type Role, type RoleSection, type SectionKind } from '../../contract';
import { htmlToBlocks, type Block } from './posting-blocks';
import { addressLines, displayUrl, formatDate, formatOpenings, formatSalary, formatWorkplace, postingLocale } from './posting-format';

export interface PostingFact {
  /** Stable key for styling and tests: where, type, pay, openings, closes. */
  key: 'where' | 'type' | 'pay' | 'openings' | 'closes';
  label: string;
  value: string;
}

export interface PostingSection {
  kind: SectionKind;
  heading: string;
  blocks: Block[];
}

export interface PostingApply {
  url: string | null;
  email: string | null;
  instructions: string;
  /** True when the role says nothing at all about applying. */
  empty: boolean;
}

export interface PostingCompany {
  name: string;
  website: string | null;
  websiteLabel: string | null;
  /** The logo as a data: URL (printed posting) or a relative path (careers site); null: no logo. */
  logoSrc: string | null;
  address: Address;
  addressLines: string[];
}

export interface PostingModel {
  role: Role;
  company: PostingCompany;
  paperSize: PaperSize;
  locale: string;
  title: string;
  department: string;
  facts: PostingFact[];
  sections: PostingSection[];
  apply: PostingApply;
  /** postedOn, or today when the role has no posting date yet (YYYY-MM-DD). */
  datePosted: string;
}

export interface PostingSource {
  role: Role;
  company: Company;
  sections: readonly RoleSection[];
  /** Today as YYYY-MM-DD, for datePosted when the role has none. */
  today: string;
}

function facts(role: Role, company: Company, locale: string): PostingFact[] {
  const list: PostingFact[] = [];
  const where = formatWorkplace(role, company.address);
  if (where) list.push({ key: 'where', label: role.workplace === 'remote' ? 'Workplace' : 'Location', value: where });
  if (role.employmentType !== 'other') list.push({ key: 'type', label: 'Job type', value: EMPLOYMENT_TYPE_LABELS[role.employmentType] });
  const pay = formatSalary(role, locale);
  if (pay) list.push({ key: 'pay', label: 'Pay', value: pay });
  if (role.openings > 1) list.push({ key: 'openings', label: 'Openings', value: formatOpenings(role.openings) });
  if (role.closesOn) list.push({ key: 'closes', label: 'Apply by', value: formatDate(role.closesOn, locale) });
  return list;
}

function companyView(company: Company): PostingCompany {
  return {
    name: company.name,
    website: company.website || null,
    websiteLabel: company.website ? displayUrl(company.website) : null,
    logoSrc: company.logo?.dataUrl ?? null,
    address: company.address,
    addressLines: addressLines(company.address),
  };
}

export function buildPostingModel(source: PostingSource): PostingModel {
  const { role, company } = source;
  const locale = postingLocale(company.paperSize);
  const apply: PostingApply = {
    url: role.applyUrl || null,
    email: role.applyEmail || null,
    instructions: role.applyInstructions,
    empty: role.applyUrl === '' && role.applyEmail === '' && role.applyInstructions === '',
  };
  return {
    role,
    company: companyView(company),
    paperSize: company.paperSize,
    locale,
    title: role.title,
    department: role.department,
    facts: facts(role, company, locale),
    sections: source.sections
      .map((s) => ({ kind: s.kind, heading: s.heading, blocks: htmlToBlocks(s.html) }))
      .filter((s) => s.blocks.length > 0 || s.kind === 'how_to_apply'),
    apply,
    datePosted: role.postedOn ?? source.today,
  };
}

/** Where the apply details go: into the owner's own "How to apply" section when there is one. */
export function applySectionIndex(model: PostingModel): number {
  return model.sections.findIndex((s) => s.kind === 'how_to_apply');
}
