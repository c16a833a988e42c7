// Renderer: what the app's commands (contract/app-commands.ts) do here. File → New and Ctrl/Cmd+N make
// what the current screen is about: a role on the role screens, a candidate on the candidate screens and
// a role's board, an interview on the interview screens. Go → Today and Reports (Ctrl/Cmd+1, +2) open those
// screens. Find Anything… (Ctrl/Cmd+K) opens the command palette; Help → Keyboard Shortcuts and ? the
// shortcuts sheet. The keys come from the same list the menus use.
import { useEffect } from 'react';
import { APP_COMMANDS } from '../../../electron/contract';
import { onOptionalEvent } from '../api/client';
import { interviewActions } from '../stores/interviews-actions';
import { usePaletteStore } from '../stores/palette-store';
import { openSchedule, pickForSchedule } from '../stores/schedule-store';
import { useRouteStore, type Route } from '../stores/route-store';
import { notifyError } from './notify';
import { isTyping, SHORTCUTS_SHEET_KEY } from './shortcuts';
import { useHotkey } from './use-hotkey';

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

/** Binds the app's commands while the shell is mounted: the shortcut keys and the menu's events. */
export function useAppCommands(): void {
  const onNew = (): void => {
    runNew(useRouteStore.getState().route).catch((e: unknown) => notifyError(e, 'Could not start a new one'));
  };
  useHotkey(APP_COMMANDS.new.key, onNew);
  useEffect(() => onOptionalEvent(APP_COMMANDS.new.event, onNew), []);
  const goToday = (): void => useRouteStore.getState().navigate({ name: 'today' });
  const goReports = (): void => useRouteStore.getState().navigate({ name: 'reports' });
  useHotkey(APP_COMMANDS.today.key, goToday);
  useHotkey(APP_COMMANDS.reports.key, goReports);
  useEffect(() => onOptionalEvent(APP_COMMANDS.today.event, goToday), []);
  useEffect(() => onOptionalEvent(APP_COMMANDS.reports.event, goReports), []);
  // Go → Find Anything… (Ctrl/Cmd+K) opens the palette; pressed again while it is open, it closes it.
  const toggleFind = (): void => usePaletteStore.getState().setOpen(!usePaletteStore.getState().open);
  const openFind = (): void => usePaletteStore.getState().setOpen(true);
  useHotkey(APP_COMMANDS.find.key, toggleFind);
  useEffect(() => onOptionalEvent(APP_COMMANDS.find.event, openFind), []);
  // Help → Keyboard Shortcuts, and ? when the owner is not typing in a field.
  const showShortcuts = (): void => usePaletteStore.getState().setShortcutsOpen(true);
  useEffect(() => onOptionalEvent(APP_COMMANDS.shortcuts.event, showShortcuts), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== SHORTCUTS_SHEET_KEY || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      showShortcuts();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
