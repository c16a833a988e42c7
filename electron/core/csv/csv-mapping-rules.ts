// Pure rules that guess which CSV column holds which candidate field from the header names (English
// plus common variants and spellings). Runs anywhere.
import type { ImportField, ImportMapping } from '../../contract';

/** Header names per field, compared after lower-casing and dropping everything but letters and digits. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['name', 'fullname', 'candidate', 'candidatename', 'applicant', 'applicantname', 'person', 'contactname', 'displayname'],
  firstName: ['firstname', 'first', 'givenname', 'forename', 'fname'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname'],
  email: ['email', 'emails', 'emailaddress', 'mail', 'email1', 'emailaddresses', 'contactemail'],
  phone: ['phone', 'phones', 'phonenumber', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'tel', 'telephone', 'contactnumber'],
  location: ['location', 'city', 'address', 'town', 'place', 'cityandstate', 'region', 'country'],
  source: ['source', 'candidatesource', 'referral', 'referredby', 'channel', 'origin', 'howdidyouhear'],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords', 'skills'],
  linkedin: ['linkedin', 'linkedinurl', 'linkedinprofile'],
  portfolio: ['portfolio', 'website', 'web', 'url', 'homepage', 'site', 'personalwebsite', 'github'],
  summary: ['summary', 'notes', 'note', 'comments', 'comment', 'about', 'bio', 'description'],
  role: ['role', 'appliedrole', 'position', 'job', 'jobtitle', 'appliedfor', 'vacancy', 'opening'],
};

export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The mapping guessed from the headers: exact synonym matches first, each column used at most once. */
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
  // "Name" beats first/last only when both halves are missing; with all three, first+last are ignored.
  if (mapping.name == null && (mapping.firstName == null || mapping.lastName == null)) {
    const loose = keys.findIndex((key, i) => !taken.has(i) && key.endsWith('name') && !key.includes('company'));
    if (loose >= 0 && mapping.firstName == null) mapping.name = loose;
  }
  return mapping;
}
