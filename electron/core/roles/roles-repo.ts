// SQL for roles: the RoleRow shape, row <-> Role mapping, reads, list queries and writes.
// Runs in plain Node on a better-sqlite3 connection; callers own transactions.
import type { Role, RoleFields, RoleListQuery, RoleSort, RoleStatus } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { reindexCandidate } from '../candidates/candidates-search-repo';
import { insertDefaultStages } from '../pipeline/stages-repo';
import { recordRoleStatus, storedRoleStatus } from './role-status-repo';
import { buildFtsQuery } from './roles-rules';

/** A row of the roles table, exactly as SQLite returns it. */
export interface RoleRow {
  id: string;
  title: string;
  department: string;
  location_street: string;
  location_city: string;
  location_region: string;
  location_postal_code: string;
  location_country: string;
  workplace: Role['workplace'];
  remote_countries: string;
  employment_type: Role['employmentType'];
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string;
  salary_period: Role['salaryPeriod'];
  openings: number;
  status: RoleStatus;
  posted_on: string | null;
  closes_on: string | null;
  hiring_manager: string;
  apply_email: string;
  apply_url: string;
  apply_instructions: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  /** 1 for a sample role (set by sample:load only, never written by insert or update). */
  sample: number;
}

function parseCountries(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
}

export function rowToRole(row: RoleRow): Role {
  return {
    id: row.id,
    title: row.title,
    department: row.department,
    location: {
      street: row.location_street,
      city: row.location_city,
      region: row.location_region,
      postalCode: row.location_postal_code,
      country: row.location_country,
    },
    workplace: row.workplace,
    remoteCountries: parseCountries(row.remote_countries),
    employmentType: row.employment_type,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    salaryPeriod: row.salary_period,
    openings: row.openings,
    status: row.status,
    postedOn: row.posted_on,
    closesOn: row.closes_on,
    hiringManager: row.hiring_manager,
    applyEmail: row.apply_email,
    applyUrl: row.apply_url,
    applyInstructions: row.apply_instructions,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sample: row.sample === 1,
  };
}

export function roleToRow(role: Role): RoleRow {
  return {
    id: role.id,
    title: role.title,
    department: role.department,
    location_street: role.location.street,
    location_city: role.location.city,
    location_region: role.location.region,
    location_postal_code: role.location.postalCode,
    location_country: role.location.country,
    workplace: role.workplace,
    remote_countries: JSON.stringify(role.remoteCountries),
    employment_type: role.employmentType,
    salary_min: role.salaryMin,
    salary_max: role.salaryMax,
    salary_currency: role.salaryCurrency,
    salary_period: role.salaryPeriod,
    openings: role.openings,
    status: role.status,
    posted_on: role.postedOn,
    closes_on: role.closesOn,
    hiring_manager: role.hiringManager,
    apply_email: role.applyEmail,
    apply_url: role.applyUrl,
    apply_instructions: role.applyInstructions,
    archived_at: role.archivedAt,
    created_at: role.createdAt,
    updated_at: role.updatedAt,
    sample: role.sample ? 1 : 0,
  };
}

// Column order for writes. The SQL below is assembled once from this constant list of identifiers;
// every value still travels as a `?` parameter.
const COLUMNS = [
  'id', 'title', 'department', 'location_street', 'location_city', 'location_region',
  'location_postal_code', 'location_country', 'workplace', 'remote_countries', 'employment_type',
  'salary_min', 'salary_max', 'salary_currency', 'salary_period', 'openings', 'status', 'posted_on',
  'closes_on', 'hiring_manager', 'apply_email', 'apply_url', 'apply_instructions', 'archived_at',
  'created_at', 'updated_at',
] as const satisfies readonly (keyof RoleRow)[];

const INSERT_SQL = `INSERT INTO roles (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;
const UPDATABLE = COLUMNS.filter((c) => c !== 'id' && c !== 'created_at');
const UPDATE_SQL = `UPDATE roles SET ${UPDATABLE.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

export function insertRole(db: Db, role: Role): void {
  const row = roleToRow(role);
  statement(db, INSERT_SQL).run(COLUMNS.map((c) => row[c]));
  recordRoleStatus(db, role.id, null, role.status, role.createdAt);
  // Every role starts with the default pipeline (Applied → … → Hired), in the same transaction.
  insertDefaultStages(db, role.id, role.createdAt);
}

/**
 * Writes every field of an existing role; returns false when the id is unknown. The one place a role's
 * status changes, so it records the change in the status history (migration 7) at the role's new updatedAt.
 */
export function updateRole(db: Db, role: Role): boolean {
  const row = roleToRow(role);
  const before = storedRoleStatus(db, role.id);
  const info = statement(db, UPDATE_SQL).run([...UPDATABLE.map((c) => row[c]), row.id]);
  if (info.changes === 1 && before !== null && before !== role.status) recordRoleStatus(db, role.id, before, role.status, role.updatedAt);
  return info.changes === 1;
}

/** Deletes the role with its applications, and rewrites its applicants' search entries without their notes there. */
export function deleteRole(db: Db, id: string): boolean {
  const applicants = statement(db, 'SELECT DISTINCT candidate_id FROM applications WHERE role_id = ?').pluck().all(id) as string[];
  const deleted = statement(db, 'DELETE FROM roles WHERE id = ?').run(id).changes === 1;
  for (const candidateId of applicants) reindexCandidate(db, candidateId);
  return deleted;
}

export function getRole(db: Db, id: string): Role | null {
  const row = statement(db, 'SELECT * FROM roles WHERE id = ?').get(id) as RoleRow | undefined;
  return row ? rowToRole(row) : null;
}

export function allRoleTitles(db: Db): string[] {
  return (statement(db, 'SELECT title FROM roles').all() as { title: string }[]).map((r) => r.title);
}

/** Every role's id and title, oldest first. */
export function roleIdsAndTitles(db: Db): { id: string; title: string }[] {
  return statement(db, 'SELECT id, title FROM roles ORDER BY created_at').all() as { id: string; title: string }[];
}

/** Builds a stored role from validated fields. */
export function newRole(id: string, fields: RoleFields, nowIso: string): Role {
  return { ...fields, id, archivedAt: null, createdAt: nowIso, updatedAt: nowIso, sample: false };
}

// Every ORDER BY the list supports, written out in full so no sort text comes from the caller.
// Ties fall back to creation time and id so the order is stable between calls.
const STATUS_RANK = `CASE status WHEN 'draft' THEN 0 WHEN 'open' THEN 1 WHEN 'on_hold' THEN 2 WHEN 'closed' THEN 3 ELSE 4 END`;
const ORDER_BY: Record<RoleSort, Record<'asc' | 'desc', string>> = {
  title: {
    asc: 'title COLLATE NOCASE ASC, created_at ASC, id ASC',
    desc: 'title COLLATE NOCASE DESC, created_at DESC, id DESC',
  },
  status: {
    asc: `${STATUS_RANK} ASC, title COLLATE NOCASE ASC, id ASC`,
    desc: `${STATUS_RANK} DESC, title COLLATE NOCASE ASC, id ASC`,
  },
  updated: { asc: 'updated_at ASC, id ASC', desc: 'updated_at DESC, id DESC' },
  created: { asc: 'created_at ASC, id ASC', desc: 'created_at DESC, id DESC' },
  // Roles without a closing date come last in both directions: they are not closing at all.
  closes: {
    asc: 'closes_on IS NULL, closes_on ASC, title COLLATE NOCASE ASC, id ASC',
    desc: 'closes_on IS NULL, closes_on DESC, title COLLATE NOCASE ASC, id ASC',
  },
};

const ARCHIVE_FILTER = {
  exclude: 'archived_at IS NULL',
  only: 'archived_at IS NOT NULL',
  include: null,
} as const;

type ListQuery = Required<Omit<RoleListQuery, 'statuses' | 'timeZone'>> & Pick<RoleListQuery, 'statuses'>;

/** Roles matching the filters, sorted; the WHERE clause is assembled from fixed fragments. */
export function listRoles(db: Db, query: ListQuery): Role[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const archived = ARCHIVE_FILTER[query.archived];
  if (archived) where.push(archived);
  if (query.statuses && query.statuses.length > 0) {
    where.push('status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.statuses));
  }
  const fts = buildFtsQuery(query.search);
  if (fts !== null) {
    where.push('id IN (SELECT role_id FROM roles_fts WHERE roles_fts MATCH ?)');
    params.push(fts);
  }
  const sql =
    `SELECT * FROM roles${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}` +
    ` ORDER BY ${ORDER_BY[query.sort][query.direction]}`;
  return (statement(db, sql).all(params) as RoleRow[]).map(rowToRole);
}
