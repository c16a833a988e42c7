// The sample company profile: filling only what the owner left empty when the sample loads, and clearing
// only what still matches the sample when it is removed. Pure. Runs in plain Node.
import type { CompanyRecord } from '../company/company-repo';
import { SAMPLE_COMPANY } from './sample-data';

const addressEmpty = (address: CompanyRecord['address']): boolean => Object.values(address).every((part) => part === '');
const sameAddress = (a: CompanyRecord['address'], b: CompanyRecord['address']): boolean =>
  (Object.keys(b) as (keyof CompanyRecord['address'])[]).every((key) => a[key] === b[key]);

/** Fills only what is still empty; the address counts as one field, so it is never half mixed. Null: nothing to fill. */
export function fillCompany(current: CompanyRecord): CompanyRecord | null {
  const emptyAddress = addressEmpty(current.address);
  const next: CompanyRecord = {
    ...current,
    name: current.name || SAMPLE_COMPANY.name,
    website: current.website || SAMPLE_COMPANY.website,
    address: emptyAddress ? { ...SAMPLE_COMPANY.address } : current.address,
  };
  const changed = next.name !== current.name || next.website !== current.website || emptyAddress;
  return changed ? next : null;
}

/** Empties the name, website and address where they are still the sample's (the owner's edits stay). Null: none are. */
export function clearSampleCompany(current: CompanyRecord): CompanyRecord | null {
  const next: CompanyRecord = {
    ...current,
    name: current.name === SAMPLE_COMPANY.name ? '' : current.name,
    website: current.website === SAMPLE_COMPANY.website ? '' : current.website,
    address: sameAddress(current.address, SAMPLE_COMPANY.address) ? { street: '', city: '', region: '', postalCode: '', country: '' } : current.address,
  };
  const changed = next.name !== current.name || next.website !== current.website || next.address !== current.address;
  return changed ? next : null;
}
