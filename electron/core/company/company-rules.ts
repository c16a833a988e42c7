// Pure checks for the company logo: size limit, magic bytes deciding the type, and the data: URL shown
// back to the renderer. Runs anywhere (no I/O).
import { createHash } from 'node:crypto';
import { LOGO_MAX_BYTES, type LOGO_MIME_TYPES } from '../../contract';
import { invalidInput, type DomainError } from '../errors';

export type LogoMimeType = (typeof LOGO_MIME_TYPES)[number];

export interface CheckedLogo {
  mimeType: LogoMimeType;
  bytes: Buffer;
  sha256: string;
}

function startsWith(bytes: Buffer, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const ASCII = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The image type the bytes really are, from their leading signature; null for anything else. */
export function sniffImageType(bytes: Buffer): LogoMimeType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ASCII('RIFF')) && startsWith(bytes, ASCII('WEBP'), 8)) return 'image/webp';
  return null;
}

function refuse(message: string): DomainError {
  return invalidInput([{ path: ['logo'], message }]);
}

/** The message for a logo file over the limit. */
export const LOGO_TOO_LARGE = 'The logo must be smaller than 2 MB';

/**
 * Proves the file's bytes are a PNG, JPEG or WebP image. The file's name and the picker's type are
 * just claims; the bytes decide.
 */
export function checkLogo(bytes: Buffer): CheckedLogo {
  if (bytes.length === 0) throw refuse('The logo file is empty');
  if (bytes.length > LOGO_MAX_BYTES) throw refuse(LOGO_TOO_LARGE);
  const actual = sniffImageType(bytes);
  if (actual === null) throw refuse('Use a PNG, JPEG or WebP image');
  return { mimeType: actual, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function toDataUrl(mimeType: LogoMimeType, bytes: Buffer): string {
  return `data:${mimeType};base64,${bytes.toString('base64')}`;
}
