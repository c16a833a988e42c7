// Renderer: the commands the palette offers, each doing exactly what its menu item does: the app's commands
// (contract/app-commands.ts, run through lib/app-commands.ts: New Role, Import Candidates…, Back Up Now…,
// the Go menu's screens, Keyboard Shortcuts) with their menu's words, and Settings.
import { BarChart3, Briefcase, CalendarClock, DatabaseBackup, FileUp, House, Keyboard, Plus, Settings, Users, type LucideIcon } from 'lucide-react';
import { APP_COMMANDS, type AppCommandId } from '../../../../electron/contract';
import { runCommand } from '../../lib/app-commands';
import { useRouteStore } from '../../stores/route-store';
import { queryWords } from '../../lib/highlight';

export interface PaletteCommand {
  id: string;
  label: string;
  /** Other words it is found by. */
  keywords: readonly string[];
  icon: LucideIcon;
  /** The Ctrl/Cmd shortcut's letter, when it has one. */
  key?: string;
  run(): void;
}

/** A menu label without its ellipsis ("Back Up Now…" → "Back up now"), as a palette line reads. */
const plain = (label: string): string => label.replace(/…$/, '').replace(/(?<=\s)\p{Lu}/gu, (c) => c.toLowerCase());

/** An app command (the menus' list), run exactly as its menu item runs it. */
function app(id: AppCommandId, icon: LucideIcon, keywords: readonly string[]): PaletteCommand {
  const command = APP_COMMANDS[id];
  return { id, label: plain(command.label), keywords, icon, ...('key' in command ? { key: command.key } : {}), run: () => runCommand(id) };
}

export const PALETTE_COMMANDS: readonly PaletteCommand[] = [
  app('newRole', Plus, ['create', 'add', 'job', 'opening']),
  app('importCandidates', FileUp, ['csv', 'spreadsheet', 'upload']),
  app('backup', DatabaseBackup, ['backup', 'save', 'archive', 'copy']),
  app('today', House, ['home', 'go']),
  app('roles', Briefcase, ['go', 'jobs']),
  app('candidates', Users, ['go', 'people', 'applicants']),
  app('interviews', CalendarClock, ['go', 'schedule', 'calendar']),
  app('reports', BarChart3, ['go', 'funnel', 'charts']),
  { id: 'settings', label: 'Settings', keywords: ['go', 'preferences', 'company', 'privacy', 'theme'], icon: Settings, run: () => useRouteStore.getState().navigate({ name: 'settings' }) },
  app('shortcuts', Keyboard, ['keys', 'help', 'hotkeys']),
];

/** The commands whose words all start with the typed words (every command for an empty box). */
export function matchingCommands(query: string): PaletteCommand[] {
  const wanted = queryWords(query);
  return PALETTE_COMMANDS.filter((command) => {
    const have = queryWords([command.label, ...command.keywords].join(' '));
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  });
}
