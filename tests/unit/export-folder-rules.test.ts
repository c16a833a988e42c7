// The pure rules of a marker-owned export folder: which marker entries are trusted, the marker's
// content, and free names. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { MAX_MARKER_FILES, freeName, markerFiles, markerPath, markerText } from '../../electron/core/postings/export-folder-rules';

describe('markerPath', () => {
  it('accepts plain relative paths with "/" separators', () => {
    for (const ok of ['index.html', 'roles/head-baker.html', 'logo.png', '.hidden', 'a/b/c.txt', 'x..y.pdf']) expect(markerPath(ok)).toBe(ok);
  });

  it('refuses anything that could point outside the folder or is not a path', () => {
    const refused: unknown[] = [
      '', '/etc/passwd', '../outside.txt', 'roles/../../x', 'roles/..', './x', 'a//b', 'a/', 'a\\b', '..\\x',
      'C:/Windows/x', 'C:x', 'file.txt:stream', 'a\0b', 'a\nb', 'a\u007fb', 'x'.repeat(1025), `${'y'.repeat(256)}.txt`,
      7, null, { path: 'x' }, ['x'],
    ];
    for (const entry of refused) expect(markerPath(entry), JSON.stringify(entry)).toBeNull();
  });
});

describe('markerFiles', () => {
  it('keeps the valid entries once each', () => {
    expect(markerFiles({ files: ['index.html', '../x', 'index.html', 3, 'roles/a.html'] })).toEqual(['index.html', 'roles/a.html']);
    expect(markerFiles(JSON.parse(markerText(['style.css', 'roles/a.html'])))).toEqual(['style.css', 'roles/a.html']);
  });

  it('is null for what Hirebook never writes: no files array, or an over-long one', () => {
    for (const marker of [null, 'x', [], {}, { files: 'index.html' }]) expect(markerFiles(marker)).toBeNull();
    expect(markerFiles({ files: Array.from({ length: MAX_MARKER_FILES }, (_, i) => `${i}.pdf`) })).toHaveLength(MAX_MARKER_FILES);
    expect(markerFiles({ files: Array.from({ length: MAX_MARKER_FILES + 1 }, (_, i) => `${i}.pdf`) })).toBeNull();
  });
});

describe('freeName', () => {
  it('numbers the name before its extension, skipping unusable ones', () => {
    expect(freeName('barista.pdf', () => true)).toBe('barista-2.pdf');
    expect(freeName('barista-flyer.pdf', (n) => n !== 'barista-flyer-2.pdf')).toBe('barista-flyer-3.pdf');
    expect(freeName('README', () => true)).toBe('README-2');
    expect(freeName('.hidden', () => true)).toBe('.hidden-2');
    expect(freeName('a.pdf', () => false)).toBeNull();
  });
});
