// The size limits of candidates, roles and CSV imports as plain numbers, with no schema library: the contract's
// schemas are built on them, and code that must start fast without the schemas (the CSV import's planning thread,
// electron/core/csv/csv-import-planner-worker.ts) reads them from here. Runs anywhere.

export const CANDIDATE_LIMITS = {
  fullName: 200,
  location: 200,
  sourceDetail: 200,
  summary: 5000,
  /** Characters in the keep-until reason and in the consent note. */
  retentionReason: 500,
  consentNote: 500,
  emails: 10,
  /** Characters in one email address / one phone number. */
  email: 254,
  phone: 50,
  /** Characters in a web address (LinkedIn, portfolio, a link). */
  url: 2000,
  phones: 10,
  links: 20,
  tags: 50,
  tag: 50,
  /** Largest file a candidate can carry (20 MB). */
  attachmentBytes: 20 * 1024 * 1024,
  /** Rows per page of the candidates table. */
  pageSize: 500,
} as const;

export const ROLE_LIMITS = {
  title: 200,
  department: 100,
  hiringManager: 200,
  applyInstructions: 2000,
  remoteCountries: 50,
  salary: 100_000_000,
  openings: 999,
} as const;

/**
 * fileBytes: the largest CSV file read (streamed, so size costs time, not memory); textChars: CSV given as
 * text in the request itself (scripts over rpc; the app always sends the file's path).
 */
export const IMPORT_LIMITS = { fileBytes: 500 * 1024 * 1024, textChars: 5 * 1024 * 1024, columns: 500, rowChars: 20_000 } as const;
