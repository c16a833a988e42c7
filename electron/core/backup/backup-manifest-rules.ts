// What a backup archive holds and how its manifest reads: member names, the manifest's shape, and the
// checks an archive must pass before anything is restored from it. Pure; runs in plain Node and workers.
import { z } from 'zod';

/** The zip's members: the manifest, the database snapshot, and attachments/<sha256> for every stored file. */
export const MANIFEST_MEMBER = 'manifest.json';
export const DATABASE_MEMBER = 'hirebook.db';
export const ATTACHMENTS_FOLDER = 'attachments';
export const ARCHIVE_FORMAT = 1;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Attachment file names in the data folder (and in an archive): a lowercase SHA-256, nothing else. */
export function isAttachmentName(name: string): boolean {
  return SHA256_HEX.test(name);
}

export type MemberKind = 'manifest' | 'database' | 'attachment';

/** The kind of an archive member by its name; null for anything Hirebook never writes. */
export function memberKind(name: string): MemberKind | null {
  if (name === MANIFEST_MEMBER) return 'manifest';
  if (name === DATABASE_MEMBER) return 'database';
  const [folder, file, ...rest] = name.split('/');
  if (folder === ATTACHMENTS_FOLDER && file !== undefined && rest.length === 0 && isAttachmentName(file)) return 'attachment';
  return null;
}

const Member = z.object({ name: z.string(), bytes: z.number().int().min(0), sha256: z.string().regex(SHA256_HEX) }).strict();
export type ManifestMember = z.infer<typeof Member>;

const ManifestSchema = z
  .object({
    kind: z.literal('hirebook-backup'),
    format: z.literal(ARCHIVE_FORMAT),
    createdAt: z.iso.datetime(),
    appVersion: z.string().max(100),
    schemaVersion: z.number().int().min(0),
    companyName: z.string().max(1000),
    roles: z.number().int().min(0),
    candidates: z.number().int().min(0),
    tables: z.record(z.string(), z.number().int().min(0)),
    members: z.array(Member),
    /**
     * The ids of the people the archive holds (anonymised ones left out: nothing personal is left of them), so
     * the app can tell which backups still hold someone after an erasure. Ids only, no names. Archives made
     * before this field read as "unknown".
     */
    candidateIds: z.array(z.string().max(100)).optional(),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** Why an archive cannot be used; the message is for the person restoring. */
export class ArchiveProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveProblem';
  }
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads and checks the manifest's shape and member list; throws ArchiveProblem. */
export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ArchiveProblem('The archive is damaged: its manifest is not readable.');
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format !== ARCHIVE_FORMAT && (raw as { kind?: unknown }).kind === 'hirebook-backup') {
      throw new ArchiveProblem('This archive was made by a newer Hirebook in a format this version cannot read. Update Hirebook to restore it.');
    }
    throw new ArchiveProblem('The archive is damaged or not a Hirebook backup: its manifest is not valid.');
  }
  const manifest = parsed.data;
  const names = new Set<string>();
  for (const member of manifest.members) {
    if (memberKind(member.name) === null || member.name === MANIFEST_MEMBER) throw new ArchiveProblem(`The manifest lists an unexpected file: ${member.name}.`);
    if (names.has(member.name)) throw new ArchiveProblem(`The manifest lists ${member.name} twice.`);
    if (memberKind(member.name) === 'attachment' && member.name.slice(ATTACHMENTS_FOLDER.length + 1) !== member.sha256) {
      throw new ArchiveProblem(`The manifest's hash for ${member.name} does not match its name.`);
    }
    names.add(member.name);
  }
  if (!names.has(DATABASE_MEMBER)) throw new ArchiveProblem('The archive holds no database.');
  return manifest;
}

/** Refuses a database newer than this app, or one whose version disagrees with the manifest. */
export function checkSchemaVersion(manifest: Manifest, databaseVersion: number, latest: number): void {
  if (databaseVersion !== manifest.schemaVersion) {
    throw new ArchiveProblem(`The archive's database is at schema ${databaseVersion} but its manifest says ${manifest.schemaVersion}; it has been altered.`);
  }
  if (databaseVersion > latest) {
    throw new ArchiveProblem(
      `This backup was made by a newer Hirebook (schema ${databaseVersion}; this version understands up to ${latest}). Update Hirebook to restore it.`,
    );
  }
}

/** The attachments the database refers to but the archive lacks (a few named). */
export function missingAttachments(referenced: readonly string[], present: ReadonlySet<string>): string[] {
  return referenced.filter((sha) => !present.has(sha));
}

/** "replaced-2026-12-06T14-30-00-000Z": where the data in use before a restore is kept. */
export function replacedFolderName(now: Date): string {
  return `replaced-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** "hirebook-2026-12-06-1430.hirebook-backup": a default name for an archive made now (local time). */
export function defaultArchiveName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `hirebook-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.hirebook-backup`;
}

export const FORGOTTEN_PASSPHRASE_NOTICE =
  'This backup is protected by your passphrase. Keep it somewhere safe: if it is forgotten, the backup cannot be opened by anyone, including Hirebook.';
