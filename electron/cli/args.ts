// Parses `hirebook [--data-dir DIR] <command> [options]` into a typed command, or a UsageError.
// Runs in plain Node (the `hirebook` command).
import { parseArgs } from 'node:util';
import {
  DUPLICATE_MODES,
  EXPORT_FORMATS,
  POSTING_LAYOUTS,
  ROLE_STATUSES,
  type DuplicateMode,
  type ExportFormat,
  type PostingLayout,
  type RoleStatus,
} from '../contract';
import { UsageError } from './io';
import { reportsCommand, type ReportsCommand } from './report-args';
import { MESSAGES_SUBCOMMANDS, messagesCommand, type MessagesCommand } from './messages-args';
import { OFFERS_SUBCOMMANDS, offersCommand, type OffersCommand } from './offers-args';
import { RETENTION_SUBCOMMANDS, retentionCommand, type RetentionCommand } from './retention-args';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'info'; json: boolean }
  | { kind: 'roles-list'; json: boolean; statuses: RoleStatus[]; search: string; archived: boolean }
  | { kind: 'rpc' }
  | { kind: 'rpc-list' }
  | { kind: 'jd-parse'; json: boolean; file: string }
  | { kind: 'jd-import'; json: boolean; file: string; roleId: string | undefined }
  | { kind: 'jd-check'; json: boolean; file: string | undefined; roleId: string | undefined }
  | { kind: 'posting-pdf'; roleId: string; out: string; layout: PostingLayout; force: boolean }
  | { kind: 'posting-export'; roleId: string; format: ExportFormat; out: string | undefined; force: boolean }
  | { kind: 'careers-site'; out: string; force: boolean }
  | { kind: 'export-all'; out: string; json: boolean }
  | { kind: 'candidates-import'; json: boolean; file: string; roleId: string | undefined; stage: string | undefined; duplicates: DuplicateMode }
  | { kind: 'candidates-export'; out: string; roleId: string | undefined; force: boolean }
  | { kind: 'candidates-export-person'; id: string; out: string; force: boolean; json: boolean }
  | { kind: 'candidates-list'; json: boolean; search: string; roleId: string | undefined }
  | { kind: 'candidates-intake'; json: boolean; files: string[]; roleId: string | undefined }
  | { kind: 'candidates-anonymise'; json: boolean; id: string }
  | { kind: 'search'; json: boolean; text: string }
  | { kind: 'interviews-list'; json: boolean }
  | { kind: 'interviews-ics'; id: string; out: string; force: boolean }
  | { kind: 'kit-pdf'; roleId: string; out: string; force: boolean }
  | { kind: 'check'; json: boolean; full: boolean }
  | { kind: 'salvage'; json: boolean; out: string }
  | { kind: 'backup'; out: string | undefined; force: boolean; passphrase: PassphraseSource; json: boolean }
  | { kind: 'restore'; file: string; passphrase: PassphraseSource; dryRun: boolean; json: boolean }
  | { kind: 'backups'; json: boolean; holding: string | undefined }
  | ReportsCommand
  | RetentionCommand
  | MessagesCommand
  | OffersCommand;

/** Where a backup's passphrase comes from: never the command line itself (other users can see it in ps). */
export type PassphraseSource = { from: 'none' } | { from: 'env'; name: string } | { from: 'stdin' };

export interface ParsedArgs {
  /** From --data-dir; undefined means the default folder. */
  dataDir: string | undefined;
  command: Command;
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  status: { type: 'string', multiple: true },
  search: { type: 'string' },
  archived: { type: 'boolean' },
  list: { type: 'boolean' },
  role: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  layout: { type: 'string' },
  format: { type: 'string' },
  stage: { type: 'string' },
  duplicates: { type: 'string' },
  id: { type: 'string' },
  full: { type: 'boolean' },
  yes: { type: 'boolean' },
  holding: { type: 'string' },
  'passphrase-env': { type: 'string' },
  'passphrase-stdin': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  months: { type: 'string' },
  action: { type: 'string' },
  template: { type: 'string' },
  application: { type: 'string' },
  pay: { type: 'string' },
  currency: { type: 'string' },
  period: { type: 'string' },
  'pay-text': { type: 'string' },
  start: { type: 'string' },
  expires: { type: 'string' },
  note: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;
type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const GLOBAL: readonly OptionName[] = ['data-dir', 'help', 'version'];
const ALLOWED: Record<string, readonly OptionName[]> = {
  'roles list': ['json', 'status', 'search', 'archived'],
  info: ['json'],
  search: ['json'],
  rpc: ['list'],
  'jd parse': ['json'],
  'jd import': ['json', 'role'],
  'jd check': ['json', 'role'],
  'posting pdf': ['role', 'out', 'layout', 'force'],
  'posting export': ['role', 'format', 'out', 'force'],
  'careers-site': ['out', 'force'],
  'export-all': ['out', 'json'],
  'candidates import': ['json', 'role', 'stage', 'duplicates'],
  'candidates export': ['out', 'role', 'force'],
  'candidates export-person': ['out', 'force', 'json'],
  'candidates list': ['json', 'search', 'role'],
  'candidates intake': ['json', 'role'],
  'candidates anonymise': ['json', 'yes'],
  'interviews list': ['json'],
  'interviews ics': ['id', 'out', 'force'],
  'kit pdf': ['role', 'out', 'force'],
  check: ['json', 'full'],
  salvage: ['json', 'out'],
  backup: ['out', 'force', 'passphrase-env', 'passphrase-stdin', 'json'],
  restore: ['passphrase-env', 'passphrase-stdin', 'dry-run', 'json'],
  backups: ['json', 'holding'],
  reports: ['json', 'role', 'from', 'to'],
  today: ['json'],
  'retention due': ['json'],
  'retention erase': ['json', 'yes'],
  'retention settings': ['json', 'months', 'action'],
  'retention notice': ['json'],
  'messages templates': ['json'],
  'messages draft': ['json', 'template', 'application', 'out', 'force'],
  'offers list': ['json', 'application'],
  'offers create': ['json', 'application', 'pay', 'currency', 'period', 'pay-text', 'start', 'expires', 'note'],
  'offers set-status': ['json'],
  'offers letter': ['template', 'out', 'force'],
  'messages draft-many': ['json', 'template', 'out'],
  'messages restore': ['json', 'template'],
};

/** Commands with a subcommand word ("roles list", "jd parse"). */
const GROUPS: Record<string, string> = {
  roles: 'roles list',
  jd: 'jd parse, jd import, jd check',
  posting: 'posting pdf, posting export',
  candidates: 'candidates list, candidates import, candidates intake, candidates export, candidates export-person, candidates anonymise',
  interviews: 'interviews list, interviews ics',
  kit: 'kit pdf',
  retention: RETENTION_SUBCOMMANDS,
  messages: MESSAGES_SUBCOMMANDS,
  offers: OFFERS_SUBCOMMANDS,
};

function parseStatuses(raw: readonly string[] | undefined): RoleStatus[] {
  const statuses: RoleStatus[] = [];
  for (const part of (raw ?? []).flatMap((value) => value.split(','))) {
    const name = part.trim().toLowerCase().replace(/[- ]/g, '_');
    if (name === '') continue;
    const known = ROLE_STATUSES.find((status) => status === name);
    if (!known) throw new UsageError(`unknown status "${part.trim()}" (use one of: ${ROLE_STATUSES.join(', ')})`);
    if (!statuses.includes(known)) statuses.push(known);
  }
  return statuses;
}

function checkOptions(name: string, values: Values): void {
  const allowed = new Set<OptionName>([...GLOBAL, ...(ALLOWED[name] ?? [])]);
  for (const option of Object.keys(values) as OptionName[]) {
    if (values[option] !== undefined && !allowed.has(option)) {
      throw new UsageError(`--${option} is not an option of "${name}"`);
    }
  }
}

function roleOption(values: Values): string | undefined {
  const role = values.role?.trim();
  if (values.role !== undefined && role === '') throw new UsageError('--role needs a role id (see "hirebook roles list")');
  return role;
}

function oneFile(name: string, files: readonly string[]): string {
  if (files.length === 0) throw new UsageError(`"${name}" needs a FILE (.txt, .md, .html or .docx)`);
  if (files.length > 1) throw new UsageError(`unexpected argument "${files[1]}" after "${name} ${files[0]}"`);
  return files[0] as string;
}

function jdCommand(name: string, files: readonly string[], values: Values): Command {
  checkOptions(name, values);
  const json = values.json ?? false;
  if (name === 'jd parse') return { kind: 'jd-parse', json, file: oneFile(name, files) };
  if (name === 'jd import') return { kind: 'jd-import', json, file: oneFile(name, files), roleId: roleOption(values) };
  const roleId = roleOption(values);
  if (roleId !== undefined && files.length > 0) throw new UsageError('"jd check" takes a FILE or --role ID, not both');
  if (roleId !== undefined) return { kind: 'jd-check', json, file: undefined, roleId };
  return { kind: 'jd-check', json, file: oneFile(name, files), roleId: undefined };
}

function choice<T extends string>(option: string, raw: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${option} is required (one of: ${allowed.join(', ')})`);
  }
  const found = allowed.find((value) => value === raw.trim().toLowerCase());
  if (!found) throw new UsageError(`unknown ${option} "${raw}" (use one of: ${allowed.join(', ')})`);
  return found;
}

function required(option: string, value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${option} ${what} is required`);
  return value;
}

function postingCommand(name: string, values: Values): Command | null {
  if (name === 'posting pdf') {
    checkOptions(name, values);
    const roleId = required('role', roleOption(values), 'ID');
    const layout = choice('layout', values.layout, POSTING_LAYOUTS, 'classic');
    return { kind: 'posting-pdf', roleId, out: required('out', values.out, 'FILE'), layout, force: values.force ?? false };
  }
  if (name === 'posting export') {
    checkOptions(name, values);
    const roleId = required('role', roleOption(values), 'ID');
    const out = values.out === undefined ? undefined : required('out', values.out, 'FILE');
    if (values.force && out === undefined) throw new UsageError('--force needs --out FILE (it allows replacing that file)');
    return { kind: 'posting-export', roleId, format: choice('format', values.format, EXPORT_FORMATS), out, force: values.force ?? false };
  }
  if (name === 'careers-site') {
    checkOptions(name, values);
    return { kind: 'careers-site', out: required('out', values.out, 'DIR'), force: values.force ?? false };
  }
  if (name === 'export-all') {
    checkOptions(name, values);
    return { kind: 'export-all', out: required('out', values.out, 'DIR'), json: values.json ?? false };
  }
  return null;
}

function candidatesCommand(name: string, files: readonly string[], values: Values): Command {
  checkOptions(name, values);
  const roleId = roleOption(values);
  if (name === 'candidates export') {
    if (files.length > 0) throw new UsageError(`unexpected argument "${files[0]}" after "${name}" (use --out FILE)`);
    return { kind: 'candidates-export', out: required('out', values.out, 'FILE'), roleId, force: values.force ?? false };
  }
  if (name === 'candidates export-person') {
    if (files.length !== 1) throw new UsageError(files.length === 0 ? '"candidates export-person" needs the candidate\'s ID (see "hirebook candidates list")' : `unexpected argument "${files[1]}"`);
    const id = (files[0] as string).trim();
    return { kind: 'candidates-export-person', id, out: required('out', values.out, 'FILE'), force: values.force ?? false, json: values.json ?? false };
  }
  if (name === 'candidates anonymise') {
    if (files.length !== 1) throw new UsageError(files.length === 0 ? '"candidates anonymise" needs the candidate\'s ID' : `unexpected argument "${files[1]}"`);
    if (!values.yes) throw new UsageError('anonymising erases the person\'s details for good: add --yes to confirm');
    return { kind: 'candidates-anonymise', json: values.json ?? false, id: files[0] as string };
  }
  if (name === 'candidates intake') {
    if (files.length === 0) throw new UsageError('"candidates intake" needs at least one FILE (a résumé, a saved e-mail or a folder)');
    return { kind: 'candidates-intake', json: values.json ?? false, files: [...files], roleId };
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? '"candidates import" needs a FILE (.csv)' : `unexpected argument "${files[1]}"`);
  const stage = values.stage === undefined ? undefined : required('stage', values.stage, 'NAME');
  if (stage !== undefined && roleId === undefined) throw new UsageError('--stage needs --role ID');
  const duplicates = choice('duplicates', values.duplicates, DUPLICATE_MODES, 'skip');
  return { kind: 'candidates-import', json: values.json ?? false, file: files[0] as string, roleId, stage, duplicates };
}

function interviewCommand(name: string, values: Values): Command | null {
  if (name === 'interviews list') {
    checkOptions(name, values);
    return { kind: 'interviews-list', json: values.json ?? false };
  }
  if (name === 'interviews ics') {
    checkOptions(name, values);
    return { kind: 'interviews-ics', id: required('id', values.id, 'ID').trim(), out: required('out', values.out, 'FILE'), force: values.force ?? false };
  }
  if (name === 'kit pdf') {
    checkOptions(name, values);
    return { kind: 'kit-pdf', roleId: required('role', roleOption(values), 'ID'), out: required('out', values.out, 'FILE'), force: values.force ?? false };
  }
  return null;
}

function passphraseSource(values: Values): PassphraseSource {
  const env = values['passphrase-env'];
  if (env !== undefined && values['passphrase-stdin']) throw new UsageError('use --passphrase-env or --passphrase-stdin, not both');
  if (env !== undefined) {
    if (env.trim() === '') throw new UsageError('--passphrase-env needs the name of an environment variable');
    return { from: 'env', name: env.trim() };
  }
  return values['passphrase-stdin'] ? { from: 'stdin' } : { from: 'none' };
}

function backupCommand(name: string, files: readonly string[], values: Values): Command {
  checkOptions(name, values);
  const passphrase = passphraseSource(values);
  const json = values.json ?? false;
  if (name === 'backup') {
    if (files.length > 0) throw new UsageError(`unexpected argument "${files[0]}" after "backup" (use --out FILE)`);
    const out = values.out === undefined ? undefined : required('out', values.out, 'FILE');
    return { kind: 'backup', out, force: values.force ?? false, passphrase, json };
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? '"restore" needs a FILE (.hirebook-backup)' : `unexpected argument "${files[1]}"`);
  return { kind: 'restore', file: files[0] as string, passphrase, dryRun: values['dry-run'] ?? false, json };
}

function simpleCommand(name: string, values: Values): Command {
  const posting = postingCommand(name, values) ?? interviewCommand(name, values);
  if (posting) return posting;
  switch (name) {
    case 'roles list':
      checkOptions(name, values);
      return {
        kind: 'roles-list',
        json: values.json ?? false,
        statuses: parseStatuses(values.status),
        search: values.search ?? '',
        archived: values.archived ?? false,
      };
    case 'candidates list':
      checkOptions(name, values);
      return { kind: 'candidates-list', json: values.json ?? false, search: values.search ?? '', roleId: roleOption(values) };
    case 'info':
      checkOptions(name, values);
      return { kind: 'info', json: values.json ?? false };
    case 'rpc':
      checkOptions(name, values);
      return values.list ? { kind: 'rpc-list' } : { kind: 'rpc' };
    case 'check':
      checkOptions(name, values);
      return { kind: 'check', json: values.json ?? false, full: values.full ?? false };
    case 'backups':
      checkOptions(name, values);
      if (values.holding !== undefined && values.holding.trim() === '') throw new UsageError('--holding needs a candidate ID');
      return { kind: 'backups', json: values.json ?? false, holding: values.holding?.trim() };
    case 'salvage':
      checkOptions(name, values);
      if (values.out === undefined || values.out.trim() === '') throw new UsageError('"salvage" needs --out DIR (an existing folder outside the data folder)');
      return { kind: 'salvage', json: values.json ?? false, out: values.out };
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

function toCommand(positionals: readonly string[], values: Values): Command {
  const [first, second, ...rest] = positionals;
  if (first === undefined || first === 'help') {
    if (values.version && first === undefined) return { kind: 'version' };
    if (values.help || first === 'help') return { kind: 'help' };
    throw new UsageError('missing command');
  }
  if (values.help) return { kind: 'help' };
  const group = Object.hasOwn(GROUPS, first) ? GROUPS[first] : undefined;
  if (group !== undefined && second === undefined) throw new UsageError(`"${first}" needs a subcommand: ${group}`);
  const name = group !== undefined ? `${first} ${second ?? ''}` : first;
  const extra = group !== undefined ? rest : [second, ...rest].filter((p) => p !== undefined);
  if (first === 'jd' && ['jd parse', 'jd import', 'jd check'].includes(name)) return jdCommand(name, extra, values);
  if (['candidates import', 'candidates export', 'candidates export-person', 'candidates intake', 'candidates anonymise'].includes(name)) {
    return candidatesCommand(name, extra, values);
  }
  if (name === 'backup' || name === 'restore') return backupCommand(name, extra, values);
  if (name === 'search') {
    checkOptions(name, values);
    const text = extra.join(' ').trim();
    if (text === '') throw new UsageError('"search" needs TEXT to look for (a name, e-mail, phone, tag, role or word from a résumé)');
    return { kind: 'search', json: values.json ?? false, text };
  }
  if (first === 'retention') {
    checkOptions(name, values);
    return retentionCommand(name, extra, values);
  }
  if (first === 'messages') {
    checkOptions(name, values);
    return messagesCommand(name, extra, values);
  }
  if (first === 'offers') {
    checkOptions(name, values);
    return offersCommand(name, extra, values);
  }
  if (first === 'reports' || first === 'today') {
    checkOptions(first, values);
    return reportsCommand(first, [second, ...rest], values);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" after "${name}"`);
  return simpleCommand(name, values);
}

/** Turns argv (without node and the script) into what to run. Throws UsageError. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const dataDir = parsed.values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') throw new UsageError('--data-dir needs a folder');
  return { dataDir, command: toCommand(parsed.positionals, parsed.values) };
}
