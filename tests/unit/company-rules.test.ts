// Logo checks: magic bytes decide the type, size limits hold. Runs in Vitest (Node), pure.
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES } from '../../electron/contract';
import { checkLogo, sniffImageType } from '../../electron/core/company/company-rules';
import { DomainError } from '../../electron/core/errors';
import { JPEG_HEADER, PNG_1X1, WEBP_HEADER } from '../helpers/images';

describe('sniffImageType', () => {
  it('recognises PNG, JPEG and WebP by their signatures', () => {
    expect(sniffImageType(PNG_1X1)).toBe('image/png');
    expect(sniffImageType(JPEG_HEADER)).toBe('image/jpeg');
    expect(sniffImageType(WEBP_HEADER)).toBe('image/webp');
  });

  it('rejects everything else', () => {
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF....WAVE'))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('checkLogo', () => {
  it('returns the bytes and their sha256', () => {
    const logo = checkLogo(PNG_1X1);
    expect(logo.bytes.equals(PNG_1X1)).toBe(true);
    expect(logo.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses what is not a PNG, JPEG or WebP, and files over the limit', () => {
    expect(() => checkLogo(Buffer.from('<svg onload="alert(1)"/>'))).toThrow(DomainError);
    const big = Buffer.concat([PNG_1X1, Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(() => checkLogo(big)).toThrow(/smaller than 2 MB/);
  });
});
