// The messages between the desktop shell (Electron's main process) and the core host (the utility process
// that owns the database). The shell sends requests and file grants and answers the host's calls for what
// only it can do (dialogs, printing, reopening); the host answers requests and pushes events and log lines.
// Plain data only: every message is structured-cloned. No Electron import.
import type { EventName, Result } from '../contract';

/** What the shell tells the host to open (the host adds runtime 'electron' and requireGrants). */
export interface HostOpenOptions {
  dataDir: string;
  appVersion: string;
  /** The better_sqlite3.node built for Electron's ABI (development only; see open-core.ts). */
  nativeBinding?: string;
}

/** What the host may ask the shell for: the PdfPrinter and PlatformServices ports, by name. */
export type ShellService = 'print' | 'closePrinter' | 'chooseFolder' | 'chooseFiles' | 'printHtml' | 'reopen' | 'setTheme' | 'setMenuState' | 'setReminders';

export type ToHost =
  | { type: 'open'; options: HostOpenOptions }
  | { type: 'dispatch'; id: number; channel: string; input: unknown }
  | { type: 'grant'; file: string }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; name: string; message: string }
  | { type: 'close' };

export type FromHost =
  | { type: 'opened'; databasePath: string }
  | { type: 'open-failed'; code: string | undefined; message: string }
  | { type: 'answer'; id: number; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'call'; id: number; service: ShellService; args: unknown[] }
  | { type: 'log'; level: 'error' | 'warn' | 'info'; text: string }
  | { type: 'closed' };

/** A log line's arguments as text (errors with their stack), since an Error does not survive cloning whole. */
export function logText(args: unknown[]): string {
  return args
    .map((arg) => (arg instanceof Error ? (arg.stack ?? `${arg.name}: ${arg.message}`) : typeof arg === 'string' ? arg : safeJson(arg)))
    .join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
