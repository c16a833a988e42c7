// Passphrase protection for archives: the plain zip streamed through age (age-encryption.org/v1,
// passphrase mode: scrypt, then ChaCha20-Poly1305 in 64 KiB chunks). No cryptography of our own; the
// stream never holds more than a few chunks, so an archive of any size costs the same memory (plus
// scrypt's 256 MiB at the default work factor, for a moment). Runs in plain Node and worker threads.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type * as AgeEncryption from 'age-encryption';
import { DomainError } from '../errors';

/** The first bytes of every age file. */
export const AGE_MAGIC = 'age-encryption.org/v1\n';

type AgeModule = typeof AgeEncryption;
let loading: Promise<AgeModule> | null = null;

/** age-encryption is an ES module; a dynamic import loads it from the CommonJS bundles too. */
function loadAge(): Promise<AgeModule> {
  loading ??= import('age-encryption');
  return loading;
}

export function isEncryptedFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(AGE_MAGIC.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString('latin1') === AGE_MAGIC;
  } finally {
    fs.closeSync(fd);
  }
}

/** `input` encrypted with the passphrase, as a Node stream. `workFactor` (log2 of scrypt's N) is lowered only by tests. */
export async function encryptStream(input: Readable, passphrase: string, workFactor?: number): Promise<Readable> {
  const age = await loadAge();
  const encrypter = new age.Encrypter();
  if (workFactor !== undefined) encrypter.setScryptWorkFactor(workFactor);
  encrypter.setPassphrase(passphrase);
  const web = Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>;
  const out = await encrypter.encrypt(web);
  return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>);
}

export const WRONG_PASSPHRASE = 'The passphrase is not the one this backup was made with. Check it and try again; a forgotten passphrase cannot be recovered.';
export const NEEDS_PASSPHRASE = 'This backup is protected by a passphrase: enter it to open the backup.';

/** The file decrypted with the passphrase; a wrong one fails here, before any plaintext is produced. */
export async function decryptStream(file: string, passphrase: string | undefined): Promise<Readable> {
  if (passphrase === undefined || passphrase === '') throw new DomainError('invalid_input', NEEDS_PASSPHRASE, [{ path: ['passphrase'], message: NEEDS_PASSPHRASE }]);
  const age = await loadAge();
  const decrypter = new age.Decrypter();
  decrypter.addPassphrase(passphrase);
  const input = Readable.toWeb(fs.createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
  try {
    const out = await decrypter.decrypt(input);
    return Readable.fromWeb(out as unknown as WebReadableStream<Uint8Array>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/no identity matched/i.test(message)) throw new DomainError('invalid_input', WRONG_PASSPHRASE, [{ path: ['passphrase'], message: WRONG_PASSPHRASE }]);
    throw new DomainError('invalid_input', `The backup is damaged: its encryption header cannot be read (${message}).`);
  }
}
