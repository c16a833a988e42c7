// Pure rules that guess which CSV column holds which candidate field from the header names (English
// plus common variants and spellings), and whether a row is a header at all (an export's preamble is
// not). One home for the column-name synonyms. Runs anywhere.
import type { ImportField, ImportMapping, MultiColumnField } from '../../contract';

/** Header names per field, compared after lower-casing and dropping everything but letters and digits. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['name', 'fullname', 'candidate', 'candidatename', 'applicant', 'applicantname', 'person', 'contactname', 'displayname'],
  firstName: ['firstname', 'first', 'givenname', 'forename', 'fname'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname'],
  email: ['email', 'emails', 'emailaddress', 'mail', 'email1', 'emailaddresses', 'contactemail'],
  phone: ['phone', 'phones', 'phonenumber', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'tel', 'telephone', 'contactnumber'],
  location: ['location', 'place', 'cityandstate', 'citystate'],
  source: ['source', 'candidatesource', 'referral', 'referredby', 'channel', 'origin', 'howdidyouhear'],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords', 'skills'],
  linkedin: ['linkedin', 'linkedinurl', 'linkedinprofile'],
  portfolio: ['portfolio', 'website', 'web', 'url', 'homepage', 'site', 'personalwebsite', 'github'],
  summary: ['summary', 'notes', 'note', 'comments', 'comment', 'about', 'bio', 'description'],
  role: ['role', 'appliedrole', 'position', 'job', 'jobtitle', 'appliedfor', 'vacancy', 'opening'],
};

/** Parts of a location, joined in file order ("City", "State", "Country" → "Austin, TX, United States"). */
const LOCATION_PARTS = ['city', 'town', 'state', 'province', 'stateprovince', 'region', 'county', 'country', 'countryregion'];
/** Prefixes a location part may carry ("Home City", "Current Country"). */
const PART_PREFIXES = ['', 'home', 'current', 'primary', 'candidate'];
/** A "… Location" column that is not where the person is (the job's, the office's). */
const OTHER_LOCATION = /^(job|office|work|posting|company|interview|preferred|desired)/;
/** A street address: the location only when the file has no other location column. */
const ADDRESS = ['address', 'homeaddress', 'streetaddress', 'address1', 'addressline1'];
/** Columns about an e-mail or phone rather than holding one. */
const NOT_CONTACT = /fax|type|date|time|ext(ension)?$|verified|consent|optin|optout|subscri|status|bounce|opened|code|carrier|pager|voicemail|permission|sent/;
/** Columns naming the person's current employer: then "Position"/"Job title" is their job there, not a role applied for. */
const EMPLOYER = ['company', 'companyname', 'currentcompany', 'employer', 'currentemployer', 'organization', 'organisation'];
const CURRENT_JOB = ['position', 'jobtitle', 'title', 'job'];

export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** "2nd E-Mail", "E-mail 2 Address", "Work email" hold e-mail addresses. */
function isEmailKey(key: string): boolean {
  const letters = key.replace(/[0-9]/g, '');
  return (letters.includes('email') || letters === 'mail') && !NOT_CONTACT.test(letters);
}

/** "Home Phone", "phoneCell", "Work Phone", "Mobile number", "Cell" hold phone numbers. */
function isPhoneKey(key: string): boolean {
  const letters = key.replace(/[0-9]/g, '');
  const phone = letters.includes('phone') || letters.includes('mobile') || letters.startsWith('cell') || letters === 'tel';
  return phone && !NOT_CONTACT.test(letters);
}

/** A column holding where the person is, whole ("Location", "Candidate location") or a part ("City"). */
function isLocationKey(key: string): boolean {
  if (SYNONYMS.location.includes(key)) return true;
  if (key.endsWith('location')) return !OTHER_LOCATION.test(key);
  return PART_PREFIXES.some((prefix) => key.startsWith(prefix) && LOCATION_PARTS.includes(key.slice(prefix.length)));
}

/** Longer than this, a cell is a sentence (a preamble's notice), not a column name: only exact synonyms match it. */
const MAX_LOOSE_KEY = 40;

/** The fields several columns can feed, and the test each column is put to. */
const MULTI: Record<MultiColumnField, (key: string) => boolean> = {
  email: (key) => key.length <= MAX_LOOSE_KEY && isEmailKey(key),
  phone: (key) => key.length <= MAX_LOOSE_KEY && isPhoneKey(key),
  location: (key) => key.length <= MAX_LOOSE_KEY && isLocationKey(key),
};

/**
 * The mapping guessed from the headers: exact synonym matches first, each column used at most once; then
 * every further e-mail and phone column, and every location part, in file order (the first one is the
 * field's column, the rest go to `also`).
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const keys = headers.map(headerKey);
  const mapping: ImportMapping = {};
  const taken = new Set<number>();
  for (const field of Object.keys(SYNONYMS) as ImportField[]) {
    const index = keys.findIndex((key, i) => !taken.has(i) && SYNONYMS[field].includes(key));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  // "Position" beside "Company" is the person's current job (LinkedIn, contact lists), not a role applied for.
  const role = mapping.role;
  if (role != null && CURRENT_JOB.includes(keys[role] ?? '') && keys.some((key) => EMPLOYER.includes(key))) {
    delete mapping.role;
    taken.delete(role);
  }
  const also: NonNullable<ImportMapping['also']> = {};
  for (const field of Object.keys(MULTI) as MultiColumnField[]) {
    const first = mapping[field];
    const columns = keys.map((key, i) => i).filter((i) => i === first || (!taken.has(i) && MULTI[field](keys[i] ?? '')));
    if (columns.length === 0) continue;
    mapping[field] = columns[0];
    for (const i of columns) taken.add(i);
    if (columns.length > 1) also[field] = columns.slice(1);
  }
  if (mapping.location == null) {
    const address = keys.findIndex((key, i) => !taken.has(i) && ADDRESS.includes(key));
    if (address >= 0) {
      mapping.location = address;
      taken.add(address);
    }
  }
  if (Object.keys(also).length > 0) mapping.also = also;
  // "Name" beats first/last only when both halves are missing; with all three, first+last are ignored.
  if (mapping.name == null && (mapping.firstName == null || mapping.lastName == null)) {
    const loose = keys.findIndex((key, i) => !taken.has(i) && key.length <= MAX_LOOSE_KEY && key.endsWith('name') && !key.includes('company'));
    if (loose >= 0 && mapping.firstName == null) mapping.name = loose;
  }
  return mapping;
}

/**
 * Whether a row reads as a header: it names a column a candidate can be found by, in so many words (a
 * name, a first or last name, or an e-mail column). An export's preamble ("Notes:", a sentence, a title)
 * does not, nor does a data row: none of its cells may hold an e-mail address ("joe@email.com"), and a
 * cell merely ending in "name" does not count.
 */
export function looksLikeHeader(cells: readonly string[]): boolean {
  if (cells.some((cell) => cell.includes('@'))) return false;
  const names = [...SYNONYMS.name, ...SYNONYMS.firstName, ...SYNONYMS.lastName];
  return cells.map(headerKey).some((key) => names.includes(key) || (key.length <= MAX_LOOSE_KEY && isEmailKey(key)));
}

/** The columns each multi-column field is read from, in order; a column assigned to another field is left out. */
export function columnsOf(mapping: ImportMapping, field: MultiColumnField): number[] {
  const first = mapping[field];
  const more = mapping.also?.[field] ?? [];
  if (more.length === 0) return first == null ? [] : [first];
  const elsewhere = new Set<number>();
  for (const [key, index] of Object.entries(mapping)) if (key !== field && key !== 'also' && typeof index === 'number') elsewhere.add(index);
  const columns = first == null ? [] : [first];
  for (const index of more) if (!elsewhere.has(index) && !columns.includes(index)) columns.push(index);
  return columns;
}
