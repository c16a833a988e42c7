// Unit tests (Vitest, Node): "Label: value" fields mapped onto role fields — salary, location, workplace, employment type.
import { describe, expect, it } from 'vitest';
import { RolePatch } from '../../electron/contract/roles-schemas';
import { mapFieldsToRole, parseFieldLine, parseLocation } from '../../electron/core/job-descriptions/jd-parse-fields';
import { parseSalary } from '../../electron/core/job-descriptions/jd-parse-salary';

describe('parseSalary', () => {
  it.each([
    ['$45,000 – $55,000 per year', { salaryMin: 45000, salaryMax: 55000, salaryCurrency: 'USD', salaryPeriod: 'year' }],
    ['£12.50/hour', { salaryMin: 12.5, salaryMax: 12.5, salaryCurrency: 'GBP', salaryPeriod: 'hour' }],
    ['18-22 USD hourly', { salaryMin: 18, salaryMax: 22, salaryCurrency: 'USD', salaryPeriod: 'hour' }],
    ['$95k–$120k', { salaryMin: 95000, salaryMax: 120000, salaryCurrency: 'USD', salaryPeriod: 'year' }],
    ['45-55k EUR annually', { salaryMin: 45000, salaryMax: 55000, salaryCurrency: 'EUR', salaryPeriod: 'year' }],
    ['Up to €40,000 a year', { salaryMax: 40000, salaryCurrency: 'EUR', salaryPeriod: 'year' }],
    ['From CA$22 an hour', { salaryMin: 22, salaryCurrency: 'CAD', salaryPeriod: 'hour' }],
    ['$4,000 per month', { salaryMin: 4000, salaryMax: 4000, salaryCurrency: 'USD', salaryPeriod: 'month' }],
    ['Competitive, DOE', {}],
  ])('%s', (text, expected) => {
    expect(parseSalary(text)).toEqual(expected);
  });
});

describe('parseLocation', () => {
  it.each([
    ['Austin, TX 78701', { city: 'Austin', region: 'TX', postalCode: '78701', country: '' }],
    ['Austin TX', { city: 'Austin', region: 'TX', postalCode: '', country: '' }],
    ['Leeds, West Yorkshire, UK', { city: 'Leeds', region: 'West Yorkshire', postalCode: '', country: 'UK' }],
    ['London, United Kingdom', { city: 'London', region: '', postalCode: '', country: 'United Kingdom' }],
    ['12 High St, Bath, BA1 1AA', { street: '12 High St', city: 'Bath', region: '', postalCode: 'BA1 1AA', country: '' }],
    ['Canada', { city: '', region: '', postalCode: '', country: 'Canada' }],
  ])('%s', (text, expected) => {
    expect(parseLocation(text)).toEqual({ street: '', ...expected });
  });
});

describe('parseFieldLine', () => {
  it('splits at the first colon, knows job-posting labels, and leaves long labels alone', () => {
    expect(parseFieldLine('Salary Range (USD): 40,000 - 50,000')).toEqual({ label: 'Salary Range (USD)', value: '40,000 - 50,000', known: true });
    expect(parseFieldLine('Reports To: Store Manager')).toEqual({ label: 'Reports To', value: 'Store Manager', known: true });
    expect(parseFieldLine('Favourite Snack: crisps')).toEqual({ label: 'Favourite Snack', value: 'crisps', known: false });
    expect(parseFieldLine('In this job you will need the following things: patience')).toBeNull();
    expect(parseFieldLine('https://example.com')).toBeNull();
  });
});

describe('mapFieldsToRole', () => {
  it('maps title, pay, location, employment type, department and reports-to', () => {
    const role = mapFieldsToRole({
      'Job Title': 'Lead Barista',
      'Reports To': 'Café Manager',
      Location: 'Portland, OR 97205',
      'Employment Type': 'Part-time',
      'Salary Range': '$17.50 – $21.00 per hour',
      Department: 'Front of house',
      'Job ID': 'B-17',
    });
    expect(role).toEqual({
      title: 'Lead Barista',
      hiringManager: 'Café Manager',
      location: { street: '', city: 'Portland', region: 'OR', postalCode: '97205', country: '' },
      employmentType: 'part_time',
      salaryMin: 17.5,
      salaryMax: 21,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      department: 'Front of house',
    });
    expect(RolePatch.safeParse(role).success).toBe(true);
  });

  it('reads Remote as a remote workplace, with the country as where applicants may live', () => {
    expect(mapFieldsToRole({ Location: 'Remote' })).toEqual({ workplace: 'remote' });
    expect(mapFieldsToRole({ Location: 'Remote (United States)' })).toEqual({ workplace: 'remote', remoteCountries: ['United States'] });
    expect(mapFieldsToRole({ 'Work Location': 'Hybrid - Dublin, Ireland' })).toEqual({
      workplace: 'hybrid',
      location: { street: '', city: 'Dublin', region: '', postalCode: '', country: 'Ireland' },
    });
  });

  it.each([
    ['Full-time, permanent', 'full_time'],
    ['Part time', 'part_time'],
    ['Fixed-term contract', 'contract'],
    ['Seasonal', 'temporary'],
    ['Summer internship', 'internship'],
    ['Volunteer', 'volunteer'],
    ['PRN / per diem', 'per_diem'],
  ])('employment type %s → %s', (value, expected) => {
    expect(mapFieldsToRole({ 'Job Type': value }).employmentType).toBe(expected);
  });

  it('reads a closing date and ignores fields it cannot use', () => {
    expect(mapFieldsToRole({ 'Closing Date': '31 March 2026', Salary: 'Competitive', Perks: 'Free coffee' })).toEqual({ closesOn: '2026-03-31' });
  });
});
