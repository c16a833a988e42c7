// "Label: value" lines in an imported job description, and mapping them onto role fields. Pure, plain Node.
import type { Address } from '../../contract/common-schemas';
import type { EmploymentType, RoleFields, Workplace } from '../../contract/roles-schemas';
import { parseSalary } from './jd-parse-salary';

export interface FieldLine {
  label: string;
  value: string;
  /** A label we know from job postings (Location, Salary Range …), not just any "Word: text". */
  known: boolean;
}

type FieldTarget = 'title' | 'salary' | 'location' | 'workplace' | 'employment' | 'department' | 'reportsTo' | 'closes' | 'other';

// Matched against the lower-cased label without punctuation. Order matters: "job type" is employment, not title.
const LABELS: [RegExp, FieldTarget][] = [
  [/^(employment|job|position|contract|work|role|appointment) (types?|status)$|^employment( status)?$|^(work(ing)? |expected |weekly )?(schedule|hours)$|^hours of work$|^types?$/, 'employment'],
  // "Now Hiring: Line Cook", "Job Opening: Barista": the job's name after a banner's label.
  // Public employers name the job under a title of their own: "Working Title", "Position Classification Title".
  [/^(job|position|role|vacancy)( title| name)?$|^title$|^(now )?hiring$|^(we re|we are) hiring$|^(job|position) (opening|vacancy)$|^(job|employment) opportunity$|^open position$|^position available$|^(working|class|classification|position classification|official|business) title$/, 'title'],
  // Bounds and scales of a pay range are facts about it, not the range: they must not fill the salary.
  [/^(minimum|maximum|min|max) (salary|pay|wage|rate)$|^pay (range frequency|scale( grade)?|grade|level|plan)$|^salary grade$|^compensation grade$/, 'other'],
  [/\b(salary|pay|payrate|wage|wages|compensation|remuneration|rate)\b/, 'salary'],
  [/^(workplace|work arrangement|work model|workplace type|location type|remote)$/, 'workplace'],
  [/\blocation\b|^(based in|city|office)$/, 'location'],
  [/^(department|team|division)$/, 'department'],
  [/^report(s|ing)? to$|^(immediate )?supervisors?$/, 'reportsTo'],
  [/^(closing date|closes|apply by|deadline( to apply)?|application deadline|applications close)$/, 'closes'],
  // Also the criteria a professional network lists under a posting ("Seniority level", "Industries").
  [/^((expected|anticipated|desired) )?start date$|^(job id|job ref|reference|ref|req id|requisition( id)?|openings|number of (openings|positions)|industry|industries|category|experience level|seniority( level)?|travel|shift|flsa( status)?|date posted|posted|posting date|company|employer|hiring manager)$/, 'other'],
  // Public-sector postings (USAJOBS, city and county class specifications).
  [/^(job (code|family|level|number|announcement number)|(announcement|control|position) number|agency|series grade|grade|open period|open closing dates|opening date|position information|duty locations?|who may apply|promotion potential|security clearance|supervisory status|telework eligible|travel required|relocation expenses reimbursed|drug test|exempt status|status|job status|reporting structure|department site|job profile flsa|class code|bargaining unit|union)$/, 'other'],
];

function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function targetOf(label: string): FieldTarget | null {
  const key = labelKey(label);
  for (const [pattern, target] of LABELS) if (pattern.test(key)) return target;
  return null;
}

export function isKnownFieldLabel(label: string): boolean {
  return targetOf(label) !== null;
}

/** A label whose value names the job: "Job Title", "Position Classification Title", a banner's "Now Hiring", "Job Opening". */
export function isTitleLabel(label: string): boolean {
  return targetOf(label) === 'title';
}

/** Labels of pay ("Salary", "Weekly pay"): their value names an amount. */
export function isPayLabel(label: string): boolean {
  return targetOf(label) === 'salary';
}

/** Labels whose value may be several lines ("Job type" / "Full-time" / "Part-time" on an Indeed page). */
export function isEmploymentLabel(label: string): boolean {
  return targetOf(label) === 'employment';
}

/** Labels that fill a role field (a job-details list item such as "• Location: Leeds" is a field, not a duty). */
/** "Reports To", "Supervisor": whom the job answers to. */
export function isReportsToLabel(label: string): boolean {
  return targetOf(label) === 'reportsTo';
}

export function isRoleFieldLabel(label: string): boolean {
  const target = targetOf(label);
  return target !== null && target !== 'other';
}

const FIELD = /^([\p{L}][\p{L}\d &/()'’.,-]{0,48}?)\s*[:：]\s*(.*)$/u;

/** A "Label: value" line; the value may be empty ("Salary Range:" with the amount on the next line). */
export function parseFieldLine(text: string): FieldLine | null {
  const match = FIELD.exec(text);
  const label = match?.[1]?.trim();
  if (!match || !label || /^(https?|mailto|ftp)$/i.test(label)) return null;
  const words = label.split(' ');
  if (words.length > 5) return null;
  const written = (match[2] ?? '').trim();
  // "Function: Function: Greets customers …": a form's label typed again by whoever filled it in is said once.
  const again = /^([^:：]{1,60}?)\s*[:：]\s*/.exec(written);
  const value = again?.[1]?.toLowerCase() === label.toLowerCase() ? written.slice(again[0].length) : written;
  return { label, value, known: isKnownFieldLabel(label) };
}

// A further "Label:" inside a field's value: " Reports To: …", "/ FLSA: …" on the same line as the first field.
// Not after an inline item marker: "* Physical Requirements: …" is an item of a list run together on one line.
// The value may follow the colon without a space in a form's text ("Department:Nursing Home").
const DATE_VALUE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*$/;
const NEXT_LABEL = /(?<![*•])\s(?:[/|]\s+)?(\p{Lu}[\p{L}/&'’-]*(?: [\p{L}&'’][\p{L}/&'’-]*){0,3})\s?[:：](?:\s|(?=\p{Lu}))/gu;

/**
 * Where a field's value holds the next "Label: value" of a line that runs several together ("Department: Front
 * End Job Status: Part Time"): the index in the value, or -1. Only labels we know, or section words, count.
 */
export function nextLabelAt(value: string, isSectionLabel: (label: string) => boolean): number {
  const pattern = new RegExp(NEXT_LABEL.source, NEXT_LABEL.flags);
  for (let match = pattern.exec(value); match !== null; match = pattern.exec(value)) {
    // Items run together on one line ("* Food Preparation: …") are one list: nothing after a marker splits.
    if (/(?:^|\s)[*•]\s/.test(value.slice(0, match.index + 1))) return -1;
    const words = (match[1] ?? '').split(' ');
    const start = match.index + match[0].indexOf(match[1] ?? '');
    // The label may begin later than the match: "Part-Time Job Summary:" is a value's end and "Job Summary:".
    // A field label is the longest known ending, a section label the shortest of two words or more.
    // "… Office Administrator Effective: 10/01/2025": a one-word label whose value is a date is a field of its own.
    const dated = DATE_VALUE.test(value.slice(match.index + match[0].length));
    for (let k = 0; k < words.length; k += 1) {
      const label = words.slice(k).join(' ');
      const known = isKnownFieldLabel(label) || (isSectionLabel(label) && (words.length - k <= 2 || k === words.length - 1)) || (dated && k === words.length - 1);
      if (!known || label.toLowerCase() === 'type') continue;
      const at = start + words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
      return sentenceStartOfLabel(value, k === 0 ? match.index : at - 1);
    }
    // A longer label that is not ours may hide a shorter one that is ("Operations Manager Position Type:").
    pattern.lastIndex = match.index + 1;
  }
  return -1;
}

/**
 * "… a complete background check. Home Care Aide Job Description: An HCA is …": a section's label longer than a
 * run-in label is read starts after the sentence before it, its capitalised words up to six in all. Where the space
 * before the label is (the index given), or further back where the label begins.
 */
function sentenceStartOfLabel(value: string, at: number): number {
  const before = /[.!?]\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,4})$/u.exec(value.slice(0, at + 1));
  const label = value.slice(at + 1).replace(/\s?[:：].*$/su, '');
  if (!before?.[1] || (before[1] + label).trim().split(' ').length > 6) return at;
  return at + 1 - before[1].length - 1;
}

/** Every word capitalised but the small joining words ("Scope of Position", "Help Create Life Change Through Second Chances"). */
export function everyWordCapitalised(text: string): boolean {
  return text.split(' ').every((w) => /^[\p{Lu}\d(&/]/u.test(w) || /^(of|to|and|for|per|in|the|a|by)$/.test(w));
}

/** A label as a form writes it: four words at most, each capitalised but the small joining words. */
function isFormLabel(label: string): boolean {
  return label.split(' ').length <= 4 && everyWordCapitalised(label);
}

/** An unknown label still counts as a field when it reads like a form label: short, capitalised words, short value. */
export function isGenericField(field: FieldLine): boolean {
  return field.value !== '' && field.value.length <= 150 && isFormLabel(field.label);
}

// A paragraph about the job opens on its subject ("The Caregiver is …", "This position …") or on a duty's verb in the
// third person ("Greets customers …"); a detail opens on its facts ("40 hrs, Monday - Friday; …", "May work weekends …").
const PARAGRAPH_OPENING = /^(?:(?:the|this|these|our|we|you|your|an?)\s|\p{Lu}\p{Ll}{2,}(?<!ss)s\s+\p{Ll})/iu;

/**
 * A form label we do not know over a paragraph about the job on the same line ("Scope of Position: The Caregiver … is
 * responsible to perform …", "Function: Greets customers warmly, …"): a sentence of fifteen words or more, or a value
 * too long for a field, that opens as such a paragraph does. The label heads the paragraph, as a run-in heading;
 * "Mission Contribution: Providing funding for our mission services." and "Shift & Schedule: May work weekends …"
 * are fields.
 */
export function isRunInParagraph(field: FieldLine): boolean {
  const words = field.value.split(' ').length;
  const prose = (words >= 15 && /[.!?]["'”’)]?$/.test(field.value)) || field.value.length > 150;
  return !field.known && prose && PARAGRAPH_OPENING.test(field.value) && isFormLabel(field.label);
}

const EMPLOYMENT_WORDS: [RegExp, EmploymentType][] = [
  [/\bfull[- ]?time\b|\bft\b|\bpermanent\b/i, 'full_time'],
  [/\bpart[- ]?time\b|\bpt\b/i, 'part_time'],
  [/\b(contract|contractor|freelance|fixed[- ]term|consultant)\b/i, 'contract'],
  [/\b(temporary|temp|seasonal)\b/i, 'temporary'],
  [/\b(intern|internship|co-op|apprentice(ship)?|trainee(ship)?)\b/i, 'internship'],
  [/\b(volunteer|unpaid)\b/i, 'volunteer'],
  [/\b(per[- ]diem|prn|as[- ]needed|on[- ]call)\b/i, 'per_diem'],
];

/** The first employment-type word in the text ("Full-time, Permanent" → full_time). */
export function parseEmploymentType(text: string): EmploymentType | undefined {
  let best: { type: EmploymentType; at: number } | undefined;
  for (const [pattern, type] of EMPLOYMENT_WORDS) {
    const at = text.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { type, at };
  }
  return best?.type;
}

export function parseWorkplace(text: string): Workplace | undefined {
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  if (/\b(remote|work from home|wfh|telecommute|anywhere)\b/i.test(text) || /^yes$/i.test(text.trim())) return 'remote';
  if (/\b(on[- ]?site|in[- ]office|in[- ]person)\b/i.test(text)) return 'onsite';
  return undefined;
}

const COUNTRY_NAMES = /^(u\.?s\.?a?\.?|united states( of america)?|america|u\.?k\.?|united kingdom|great britain|england|scotland|wales|northern ireland|ireland|canada|australia|new zealand|germany|france|spain|italy|portugal|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|india|singapore|south africa|mexico|brazil|japan|philippines|nigeria|kenya)$/i;

/** "Austin, TX 78701" / "Leeds, West Yorkshire, UK" / "123 Main St, Springfield, IL" → address parts, best effort. */
export function parseLocation(text: string): Address {
  const address: Address = { street: '', city: '', region: '', postalCode: '', country: '' };
  const parts = text
    .replace(/\((.*?)\)/g, ', $1')
    .split(/\s*[,;|]\s*|\s+[–—-]\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !parseWorkplace(p));
  if (parts.length > 0 && /^\d+\s+\S/.test(parts[0] ?? '')) address.street = parts.shift() ?? '';
  if (COUNTRY_NAMES.test(parts[parts.length - 1] ?? '')) address.country = parts.pop() ?? '';
  let regionPart = parts.length > 1 ? parts.pop() ?? '' : '';
  // "Austin TX" without a comma: a trailing two-letter code is a state or province.
  const glued = regionPart === '' && parts.length === 1 ? /^(.+?)\s+([A-Z]{2})$/.exec(parts[0] ?? '') : null;
  if (glued) [parts[0], regionPart] = [glued[1] ?? '', glued[2] ?? ''];
  const postal = /^(.*?)\s*\b(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/i.exec(regionPart);
  address.region = (postal ? postal[1] ?? '' : regionPart).trim();
  address.postalCode = postal?.[2] ?? '';
  address.city = parts.join(', ');
  return address;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}

/** "September 27, 2025", "27 Sept 2025", "2025-09-27" → "2025-09-27"; null for anything else. */
export function parseLooseDate(text: string): string | null {
  const t = text.trim().replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(t);
  const dmy = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(t);
  const monthName = mdy?.[1] ?? dmy?.[2];
  const day = Number(mdy?.[2] ?? dmy?.[1]);
  const year = Number(mdy?.[3] ?? dmy?.[3]);
  const month = monthName ? MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : 0;
  return month > 0 ? isoDate(year, month, day) : null;
}

/** The role fields that an import can fill from its "Label: value" lines. */
export type RoleFieldsFromImport = Partial<
  Pick<
    RoleFields,
    | 'title'
    | 'department'
    | 'location'
    | 'workplace'
    | 'remoteCountries'
    | 'employmentType'
    | 'salaryMin'
    | 'salaryMax'
    | 'salaryCurrency'
    | 'salaryPeriod'
    | 'hiringManager'
    | 'closesOn'
  >
>;

// The contract's limits per address part: anything longer is not an address we understood.
const ADDRESS_LIMITS: Record<keyof Address, number> = { street: 200, city: 100, region: 100, postalCode: 20, country: 100 };

function clipAddress(address: Address): Address {
  const out = { ...address };
  for (const key of Object.keys(ADDRESS_LIMITS) as (keyof Address)[]) out[key] = out[key].slice(0, ADDRESS_LIMITS[key]).trim();
  return out;
}

function applyLocation(out: RoleFieldsFromImport, value: string): void {
  const workplace = parseWorkplace(value);
  if (workplace) out.workplace = workplace;
  const address = clipAddress(parseLocation(value));
  if (workplace === 'remote' && address.city === '' && address.region === '') {
    if (address.country !== '') out.remoteCountries = [address.country];
    return;
  }
  if (Object.values(address).some((v) => v !== '')) out.location = address;
}

function applyField(out: RoleFieldsFromImport, target: FieldTarget, value: string): void {
  if (target === 'title') out.title = out.title ?? value.slice(0, 200).trim();
  else if (target === 'salary' && out.salaryMin === undefined && out.salaryMax === undefined) Object.assign(out, parseSalary(value));
  else if (target === 'location') applyLocation(out, value);
  else if (target === 'workplace') out.workplace = parseWorkplace(value) ?? out.workplace;
  else if (target === 'employment') out.employmentType = out.employmentType ?? parseEmploymentType(value);
  else if (target === 'department') out.department = value.slice(0, 100).trim();
  // "Reports to" names the manager the hire works for: the nearest thing a role has is its hiring manager.
  else if (target === 'reportsTo') out.hiringManager = value.slice(0, 200).trim();
  else if (target === 'closes') out.closesOn = parseLooseDate(value) ?? out.closesOn;
}

/** Role fields from parsed "Label: value" pairs; fields we cannot read are left out, never guessed. */
export function mapFieldsToRole(fields: Readonly<Record<string, string>>): RoleFieldsFromImport {
  const out: RoleFieldsFromImport = {};
  for (const [label, raw] of Object.entries(fields)) {
    const value = raw.trim();
    const target = targetOf(label);
    if (value === '' || target === null || target === 'other') continue;
    applyField(out, target, value);
  }
  for (const key of Object.keys(out) as (keyof RoleFieldsFromImport)[]) if (out[key] === undefined) delete out[key];
  return out;
}
