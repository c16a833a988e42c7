// Renderer: the commands the palette offers, each doing exactly what its menu item or button does: the
// app's commands (contract/app-commands.ts: Today, Reports, Back Up Now…, Keyboard Shortcuts) with their
// menu's words, and going to each screen the sidebar lists.
import { BarChart3, Briefcase, CalendarClock, DatabaseBackup, FileUp, House, Keyboard, Plus, Settings, Users, type LucideIcon } from 'lucide-react';
import { APP_COMMANDS } from '../../../../electron/contract';
import { useBackupStore } from '../../stores/backup-store';
import { usePaletteStore } from '../../stores/palette-store';
import { useRouteStore, type Route } from '../../stores/route-store';
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

const go = (route: Route) => (): void => useRouteStore.getState().navigate(route);
/** A menu label without its ellipsis ("Back Up Now…" → "Back up now"), as a palette line reads. */
const plain = (label: string): string => label.replace(/…$/, '').replace(/(?<=\s)\p{Lu}/gu, (c) => c.toLowerCase());

export const PALETTE_COMMANDS: readonly PaletteCommand[] = [
  { id: 'new-role', label: 'New role', keywords: ['create', 'add', 'job', 'opening'], icon: Plus, run: go({ name: 'role-new' }) },
  {
    id: 'import-candidates',
    label: 'Import candidates',
    keywords: ['csv', 'spreadsheet', 'upload'],
    icon: FileUp,
    run: () => {
      usePaletteStore.getState().requestImport(true);
      useRouteStore.getState().navigate({ name: 'candidates' });
    },
  },
  {
    id: 'backup',
    label: plain(APP_COMMANDS.backup.label),
    keywords: ['backup', 'save', 'archive', 'copy'],
    icon: DatabaseBackup,
    run: () => void useBackupStore.getState().startBackup(),
  },
  { id: 'today', label: APP_COMMANDS.today.label, keywords: ['home', 'go'], icon: House, key: APP_COMMANDS.today.key, run: go({ name: 'today' }) },
  { id: 'roles', label: 'Roles', keywords: ['go', 'jobs'], icon: Briefcase, run: go({ name: 'roles' }) },
  { id: 'candidates', label: 'Candidates', keywords: ['go', 'people', 'applicants'], icon: Users, run: go({ name: 'candidates' }) },
  { id: 'interviews', label: 'Interviews', keywords: ['go', 'schedule', 'calendar'], icon: CalendarClock, run: go({ name: 'interviews' }) },
  { id: 'reports', label: APP_COMMANDS.reports.label, keywords: ['go', 'funnel', 'charts'], icon: BarChart3, key: APP_COMMANDS.reports.key, run: go({ name: 'reports' }) },
  { id: 'settings', label: 'Settings', keywords: ['go', 'preferences', 'company', 'privacy', 'theme'], icon: Settings, run: go({ name: 'settings' }) },
  {
    id: 'shortcuts',
    label: plain(APP_COMMANDS.shortcuts.label),
    keywords: ['keys', 'help', 'hotkeys'],
    icon: Keyboard,
    run: () => usePaletteStore.getState().setShortcutsOpen(true),
  },
];

/** The commands whose words all start with the typed words (every command for an empty box). */
export function matchingCommands(query: string): PaletteCommand[] {
  const wanted = queryWords(query);
  return PALETTE_COMMANDS.filter((command) => {
    const have = queryWords([command.label, ...command.keywords].join(' '));
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  });
}
