// SQL for the single company profile row: the CompanyRow shape, reading it and writing changes.
// Runs in plain Node; the row is created by migration 1, so it always exists.
import type { Address, PaperSize } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { LogoMimeType } from './company-rules';

export const COMPANY_ID = 'default';

export interface CompanyRow {
  id: string;
  name: string;
  website: string;
  address_street: string;
  address_city: string;
  address_region: string;
  address_postal_code: string;
  address_country: string;
  default_currency: string;
  paper_size: PaperSize;
  logo_sha256: string | null;
  logo_mime_type: LogoMimeType | null;
  created_at: string;
  updated_at: string;
}

/** The profile as the core works with it (the logo still as a file reference). */
export interface CompanyRecord {
  name: string;
  website: string;
  address: Address;
  defaultCurrency: string;
  paperSize: PaperSize;
  logo: { sha256: string; mimeType: LogoMimeType } | null;
  updatedAt: string;
}

export function rowToCompany(row: CompanyRow): CompanyRecord {
  return {
    name: row.name,
    website: row.website,
    address: {
      street: row.address_street,
      city: row.address_city,
      region: row.address_region,
      postalCode: row.address_postal_code,
      country: row.address_country,
    },
    defaultCurrency: row.default_currency,
    paperSize: row.paper_size,
    logo:
      row.logo_sha256 !== null && row.logo_mime_type !== null
        ? { sha256: row.logo_sha256, mimeType: row.logo_mime_type }
        : null,
    updatedAt: row.updated_at,
  };
}

export function getCompany(db: Db): CompanyRecord {
  const row = statement(db, 'SELECT * FROM companies WHERE id = ?').get(COMPANY_ID) as CompanyRow | undefined;
  if (!row) throw new Error('The company profile row is missing');
  return rowToCompany(row);
}

const UPDATE_SQL = `UPDATE companies SET name = ?, website = ?, address_street = ?, address_city = ?,
  address_region = ?, address_postal_code = ?, address_country = ?, default_currency = ?, paper_size = ?,
  logo_sha256 = ?, logo_mime_type = ?, updated_at = ? WHERE id = ?`;

export function saveCompany(db: Db, company: CompanyRecord): void {
  const { address, logo } = company;
  statement(db, UPDATE_SQL).run(
    company.name,
    company.website,
    address.street,
    address.city,
    address.region,
    address.postalCode,
    address.country,
    company.defaultCurrency,
    company.paperSize,
    logo?.sha256 ?? null,
    logo?.mimeType ?? null,
    company.updatedAt,
    COMPANY_ID,
  );
}
