// Small shared schemas: ids, dates, trimmed text, addresses. Runs anywhere.
import { z } from 'zod';

/** A text UUID (crypto.randomUUID). Records may later merge across machines, so ids never count up. */
export const Uuid = z.uuid({ message: 'Must be a valid id' });

/** Trimmed single-line text with a length limit; empty is allowed. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: `Keep this under ${max} characters` });
}

/** A calendar date as YYYY-MM-DD (no time zone: a closing date is a day, not an instant). */
export const IsoDate = z.iso.date({ message: 'Use a date like 2026-03-31' });

/** A UTC timestamp as an ISO-8601 string. */
export const IsoDateTime = z.iso.datetime({ message: 'Must be an ISO-8601 time' });

/** ISO 4217 currency code, upper case. */
export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: 'Use a three-letter currency code such as USD or EUR' });

export const Address = z.object({
  street: text(200).default(''),
  city: text(100).default(''),
  region: text(100).default(''),
  postalCode: text(20).default(''),
  country: text(100).default(''),
});
export type Address = z.infer<typeof Address>;

/**
 * Some fields of an address, for patches. Built without defaults on purpose: `Address.partial()`
 * would still fill omitted fields with '' and so blank out the parts of an address a patch left alone.
 */
export const AddressPatch = z
  .object({
    street: text(200),
    city: text(100),
    region: text(100),
    postalCode: text(20),
    country: text(100),
  })
  .partial();
export type AddressPatch = z.infer<typeof AddressPatch>;

export const EMPTY_ADDRESS: Address = { street: '', city: '', region: '', postalCode: '', country: '' };

/** An email address, or empty for "none". */
export const OptionalEmail = z.union([z.literal(''), z.email({ message: 'Enter a valid email address' }).max(254)]);

/** An http(s) web address, or empty for "none". Other schemes (javascript:, file:) are refused. */
export const OptionalWebUrl = z.union([
  z.literal(''),
  z
    .url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' })
    .max(2000, { message: 'Keep this under 2000 characters' }),
]);

export const IdInput = z.object({ id: Uuid }).strict();
export type IdInput = z.infer<typeof IdInput>;

export const EmptyInput = z.object({}).strict();

/**
 * A file the core opens itself, by its absolute path: from the open dialog (app:choose-file), from a file
 * the owner dropped or chose in the window (the preload resolves it), or from the CLI's argument. File
 * bytes never travel through IPC or rpc.
 */
export const FilePath = z
  .string()
  .min(1, { message: 'Choose a file' })
  .max(4096, { message: 'That file path is too long' })
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), { message: 'Give the full path of the file (starting with / or a drive letter)' });
