// Renderer: what the app's commands (contract/app-commands.ts) do here, when the current screen allows each,
// and the binding of their shortcut keys and menu events. File → New and Ctrl/Cmd+N make what the current
// screen is about: a role on the role screens, a candidate on the candidate screens and a role's board, an
// interview on the interview screens. Go → Today, Roles, Candidates, Interviews and Reports (Ctrl/Cmd+1…5)
// open those screens; Find Anything… (Ctrl/Cmd+K) the command palette; Help → Keyboard Shortcuts and ? the
// shortcuts sheet; Print… (Ctrl/Cmd+P) what the screen registered (print-target.ts). The desktop menus are
// told which commands the screen allows (app:menu-state) and grey out the rest; a shortcut of a greyed-out
// command does nothing here either. The keys come from the same list the menus use.
import { useEffect } from 'react';
import { APP_COMMAND_IDS, APP_COMMANDS, type AppCommandId } from '../../../electron/contract';
import { onOptionalEvent } from '../api/client';
import { interviewActions } from '../stores/interviews-actions';
import { sendMenuState } from '../stores/menu-state-actions';
import { usePaletteStore } from '../stores/palette-store';
import { exportCareersPage } from '../stores/publish-store';
import { useBackupStore } from '../stores/backup-store';
import { openSchedule, pickForSchedule } from '../stores/schedule-store';
import { useRouteStore, type Route } from '../stores/route-store';
import { useThemeStore } from '../stores/theme-store';
import { notifyError } from './notify';
import { usePrintTarget } from './print-target';
import { isTyping, SHORTCUTS_SHEET_KEY } from './shortcuts';

export type NewThing = 'role' | 'candidate' | 'interview' | null;

/** What "New" makes on a screen; null where it would interrupt (an interview in progress). */
export function newThingFor(route: Route): NewThing {
  switch (route.name) {
    case 'candidates':
    case 'candidate':
    case 'candidate-new':
    case 'candidate-edit':
    case 'role-pipeline':
      return 'candidate';
    case 'interviews':
    case 'interview':
      return 'interview';
    case 'interview-mode':
      return null;
    default:
      return 'role';
  }
}

/** Runs File → New for the screen shown now. */
export async function runNew(route: Route): Promise<void> {
  const navigate = useRouteStore.getState().navigate;
  switch (newThingFor(route)) {
    case 'role':
      navigate({ name: 'role-new' });
      return;
    case 'candidate':
      navigate({ name: 'candidate-new' });
      return;
    case 'interview':
      if (route.name === 'interview') {
        // Another interview with the same person for the same role (the next round).
        const { interview } = await interviewActions.get(route.id);
        openSchedule({ mode: 'new', applicationId: interview.applicationId, candidateName: interview.candidateName, roleTitle: interview.roleTitle });
      } else {
        pickForSchedule(true);
      }
      return;
    case null:
      return;
  }
}

// Commands that would take the owner away from an interview in progress to start something else.
const INTERRUPTS = new Set<AppCommandId>(['new', 'newRole', 'newCandidate', 'importJd', 'importCandidates', 'exportCareers', 'restore']);

/** Whether the screen shown now allows the command (`canPrint`: the screen registered something to print). */
export function commandAllowed(id: AppCommandId, route: Route, canPrint: boolean): boolean {
  if (id === 'print') return canPrint;
  if (route.name === 'interview-mode' && INTERRUPTS.has(id)) return false;
  return true;
}

const go = (route: Route) => (): void => useRouteStore.getState().navigate(route);

/** What each command does here. */
const RUN: Record<AppCommandId, () => void> = {
  new: () => {
    runNew(useRouteStore.getState().route).catch((e: unknown) => notifyError(e, 'Could not start a new one'));
  },
  newRole: go({ name: 'role-new' }),
  newCandidate: go({ name: 'candidate-new' }),
  importJd: go({ name: 'jd-import' }),
  importCandidates: () => {
    // The Candidates screen opens its Import CSV dialog when it sees the request.
    usePaletteStore.getState().requestImport(true);
    useRouteStore.getState().navigate({ name: 'candidates' });
  },
  exportCareers: () => void exportCareersPage(),
  print: () => usePrintTarget.getState().print?.(),
  backup: () => void useBackupStore.getState().startBackup(),
  restore: () => void useBackupStore.getState().startRestore(),
  today: go({ name: 'today' }),
  roles: go({ name: 'roles' }),
  candidates: go({ name: 'candidates' }),
  interviews: go({ name: 'interviews' }),
  reports: go({ name: 'reports' }),
  // Ctrl/Cmd+K pressed again while the palette is open closes it.
  find: () => usePaletteStore.getState().setOpen(!usePaletteStore.getState().open),
  shortcuts: () => usePaletteStore.getState().setShortcutsOpen(true),
  themeSystem: () => useThemeStore.getState().choose('system'),
  themeLight: () => useThemeStore.getState().choose('light'),
  themeDark: () => useThemeStore.getState().choose('dark'),
};

/** Runs a command if the screen shown now allows it (a menu item, its shortcut, the palette). */
export function runCommand(id: AppCommandId): void {
  if (!commandAllowed(id, useRouteStore.getState().route, usePrintTarget.getState().print !== null)) return;
  RUN[id]();
}

/** The commands the screen shown now allows, as app:menu-state takes them. */
function allowedNow(): AppCommandId[] {
  const route = useRouteStore.getState().route;
  const canPrint = usePrintTarget.getState().print !== null;
  return APP_COMMAND_IDS.filter((id) => commandAllowed(id, route, canPrint));
}

/** Tells the desktop menus what the current screen allows and which theme is chosen (nothing without a shell). */
function reportMenuState(): void {
  sendMenuState(allowedNow(), useThemeStore.getState().choice);
}

/** Binds the app's commands while the shell is mounted: the shortcut keys, the menu's events, the menu state. */
export function useAppCommands(): void {
  useEffect(() => {
    const keyed = new Map<string, AppCommandId>();
    for (const id of APP_COMMAND_IDS) {
      const command = APP_COMMANDS[id];
      if ('key' in command) keyed.set(command.key, id);
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      // ? opens the shortcuts sheet when the owner is not typing in a field.
      if (event.key === SHORTCUTS_SHEET_KEY && !(event.ctrlKey || event.metaKey || event.altKey) && !event.defaultPrevented && !isTyping(event.target)) {
        event.preventDefault();
        runCommand('shortcuts');
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const id = keyed.get(event.key.toLowerCase());
      if (id === undefined) return;
      event.preventDefault();
      runCommand(id);
    };
    window.addEventListener('keydown', onKeyDown);
    // A menu item that opens something ("Find Anything…") opens it, never toggles it shut.
    const fromMenu = (id: AppCommandId) => (id === 'find' ? () => usePaletteStore.getState().setOpen(true) : () => runCommand(id));
    const unsubscribe = APP_COMMAND_IDS.map((id) => onOptionalEvent(APP_COMMANDS[id].event, fromMenu(id)));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      for (const off of unsubscribe) off();
    };
  }, []);

  // The menu state follows the screen, whether it can print, and the theme.
  useEffect(() => {
    reportMenuState();
    const offRoute = useRouteStore.subscribe((now, before) => now.route !== before.route && reportMenuState());
    const offPrint = usePrintTarget.subscribe((now, before) => (now.print === null) !== (before.print === null) && reportMenuState());
    const offTheme = useThemeStore.subscribe((now, before) => now.choice !== before.choice && reportMenuState());
    return () => {
      offRoute();
      offPrint();
      offTheme();
    };
  }, []);
}

