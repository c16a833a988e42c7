// The Result envelope every channel answers with, and the error codes. Runs anywhere.
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  /** Something the request needs is missing or failed outside Hirebook (the PDF printer's browser, a folder). */
  'unavailable',
  /** The disk holding the data folder is full (or over quota): the message says what was and was not saved. */
  'disk_full',
  /** Another Hirebook (a second window, the command line) held the database past the wait; nothing was half-saved. */
  'busy',
  /** The database file is damaged (or a check found damage): Hirebook is read-only until a backup is restored. */
  'damaged',
  'internal',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One problem with one field of the input; `path` points into the input object. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ApiErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; error: ApiErrorBody };
export type Result<T> = Ok<T> | Err;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err(code: ErrorCode, message: string, issues?: FieldIssue[]): Err {
  return issues && issues.length > 0
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };
}

/** Turns zod issues into the JSON-safe FieldIssue list the renderer shows beside fields. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}
