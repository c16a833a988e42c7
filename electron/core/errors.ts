// Errors the core raises on purpose: DomainError (becomes an ok:false Result with its own code)
// and CoreOpenError (createCore could not open or migrate the data file). Runs in plain Node.
import type { ErrorCode, FieldIssue } from '../contract';

/** An expected failure a caller should see as-is (not found, conflict, invalid input). */
export class DomainError extends Error {
  readonly code: Exclude<ErrorCode, 'internal' | 'unknown_channel'>;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: DomainError['code'], message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} was not found. It may have been deleted.`);
}

const MAX_LISTED_ISSUES = 3;

/** A one-line summary of field issues, e.g. "Some fields need attention. title: Give the role a title". */
export function summarizeIssues(issues: readonly FieldIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  const more = issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
  return `Some fields need attention. ${listed.join('; ')}${more}`;
}

export function invalidInput(issues: FieldIssue[]): DomainError {
  return new DomainError('invalid_input', summarizeIssues(issues), issues);
}

/**
 * A job that commits in steps (the CSV import's batches) stopped after some of them were saved: dispatch
 * says `saved` (e.g. "4,000 rows were imported and saved") instead of claiming nothing changed. `cause` is
 * the failure itself, classified by its own code (disk_full, busy, damaged …).
 */
export class PartlySavedError extends Error {
  readonly saved: string;

  constructor(saved: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PartlySavedError';
    this.saved = saved;
  }
}

export const OPEN_ERROR_CODES = [
  'database_too_new',
  'database_corrupt',
  'database_unavailable',
  /** The data folder (or the database file) cannot be written: a read-only disk, folder or file. */
  'folder_read_only',
  'pragma_not_applied',
  'migration_failed',
] as const;
export type OpenErrorCode = (typeof OPEN_ERROR_CODES)[number];

/** Thrown by createCore/openDatabase/migrate: the app cannot start on this data file. */
export class CoreOpenError extends Error {
  readonly code: OpenErrorCode;

  constructor(code: OpenErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CoreOpenError';
    this.code = code;
  }
}
