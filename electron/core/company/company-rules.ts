// Pure checks for the company logo: decode, size limit, magic bytes matching the declared type,
// and the data: URL shown back to the renderer. Runs anywhere (no I/O).
import { createHash } from 'node:crypto';
import { LOGO_MAX_BYTES, type LogoUpload } from '../../contract';
import { invalidInput, type DomainError } from '../errors';

export type LogoMimeType = LogoUpload['mimeType'];

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

/**
 * Decodes an upload and proves it is the image it claims to be. The renderer's file picker and
 * the declared type are both just claims; the bytes decide.
 */
export function checkLogo(upload: LogoUpload): CheckedLogo {
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length === 0) throw refuse('The logo file is empty');
  if (bytes.length > LOGO_MAX_BYTES) throw refuse('The logo must be smaller than 2 MB');
  const actual = sniffImageType(bytes);
  if (actual === null) throw refuse('Use a PNG, JPEG or WebP image');
  if (actual !== upload.mimeType) throw refuse(`This file is a ${actual.slice(6).toUpperCase()} image, not the type it claims`);
  return { mimeType: actual, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function toDataUrl(mimeType: LogoMimeType, bytes: Buffer): string {
  return `data:${mimeType};base64,${bytes.toString('base64')}`;
}
