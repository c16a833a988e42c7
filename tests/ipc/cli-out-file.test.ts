// The CLI's one rule for `--out FILE` (electron/cli/out-file.ts), in-process: an existing file (or link)
// is never replaced without --force, even one that appears between the check and the write (while a PDF
// prints); with --force a link is replaced itself, never the file it points to. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliFailure } from '../../electron/cli/io';
import { checkWritable, writeOut } from '../../electron/cli/out-file';
import { tempDir } from '../helpers/temp-core';

describe('checkWritable', () => {
  it('refuses an existing file or link without force, and a folder always', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, 'mine');
    expect(() => checkWritable(file, false)).toThrow(new CliFailure(`${file} already exists; add --force to replace it`));
    expect(() => checkWritable(file, true)).not.toThrow();
    const dangling = path.join(dir, 'dangling.csv');
    fs.symlinkSync(path.join(dir, 'nowhere.csv'), dangling);
    expect(() => checkWritable(dangling, false)).toThrow(/already exists; add --force/);
    expect(() => checkWritable(dir, true)).toThrow(`cannot write ${dir}: it is a folder`);
    expect(() => checkWritable(path.join(dir, 'new.csv'), false)).not.toThrow();
  });
});

describe('writeOut', () => {
  it('without force, never replaces a file that appeared after the check, and leaves no temp file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'kit.pdf');
    checkWritable(file, false);
    fs.writeFileSync(file, 'appeared while printing');
    expect(() => writeOut(file, 'new bytes', false)).toThrow(new CliFailure(`${file} already exists; add --force to replace it`));
    expect(fs.readFileSync(file, 'utf8')).toBe('appeared while printing');
    expect(fs.readdirSync(dir)).toEqual(['kit.pdf']);
    writeOut(path.join(dir, 'fresh.pdf'), 'fresh', false);
    expect(fs.readFileSync(path.join(dir, 'fresh.pdf'), 'utf8')).toBe('fresh');
    expect(fs.readdirSync(dir).sort()).toEqual(['fresh.pdf', 'kit.pdf']);
  });

  it('with force, replaces the file, and a link at FILE itself rather than its target', () => {
    const dir = tempDir();
    const file = path.join(dir, 'posting.md');
    fs.writeFileSync(file, 'old');
    writeOut(file, 'new', true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    const elsewhere = path.join(tempDir(), 'precious.txt');
    fs.writeFileSync(elsewhere, 'not to be touched');
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(elsewhere, link);
    writeOut(link, 'replaced the link', true);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(link, 'utf8')).toBe('replaced the link');
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('not to be touched');
  });
});
