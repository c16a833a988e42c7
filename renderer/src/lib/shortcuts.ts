// Renderer: every keyboard shortcut in Hirebook, in one list. The shortcuts sheet (features/palette/
// ShortcutsSheet.tsx) shows it; the app's commands come from the list the menus use
// (contract/app-commands.ts), and the keys bound here (the sheet's ?, the palette's) are read from it.
import { APP_COMMANDS, RATING_LABELS, RATING_POINTS, type AppCommand } from '../../../electron/contract';

/** Where a shortcut works. */
export type ShortcutPlace = 'Anywhere' | 'Find anything' | 'A role’s board' | 'Interview mode' | 'A résumé (PDF)' | 'Lists you can reorder';

export interface Shortcut {
  /** The keys, each as shown on a key cap; `mod` is Ctrl, or ⌘ on a Mac. */
  keys: readonly string[];
  does: string;
  place: ShortcutPlace;
}

/** The key that opens the shortcuts sheet when the owner is not typing in a field. */
export const SHORTCUTS_SHEET_KEY = '?';

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The modifier's name on this computer. */
export const modKey = (): string => (isMac() ? '⌘' : 'Ctrl');

/** An app command's Ctrl/Cmd shortcut as key caps (["mod", "K"]); none without one. */
function commandKeys(command: AppCommand): string[] {
  return command.key === undefined ? [] : ['mod', command.key.toUpperCase()];
}

function fromCommand(command: AppCommand, does = command.does): Shortcut {
  return { keys: commandKeys(command), does, place: 'Anywhere' };
}

/** Every shortcut, grouped by place in the order the sheet shows them. */
export const SHORTCUTS: readonly Shortcut[] = [
  fromCommand(APP_COMMANDS.find, 'Find anything: a role, candidate, interview or template, or a command.'),
  fromCommand(APP_COMMANDS.new),
  fromCommand(APP_COMMANDS.today, 'Go to Today.'),
  fromCommand(APP_COMMANDS.reports, 'Go to Reports.'),
  fromCommand(APP_COMMANDS.roles, 'Go to Roles.'),
  fromCommand(APP_COMMANDS.candidates, 'Go to Candidates.'),
  fromCommand(APP_COMMANDS.interviews, 'Go to Interviews.'),
  fromCommand(APP_COMMANDS.print, 'Print what the screen shows: a role’s posting, an interview kit or the reports.'),
  { keys: [SHORTCUTS_SHEET_KEY], does: 'Show this list of shortcuts (when you are not typing in a field).', place: 'Anywhere' },
  { keys: ['Esc'], does: 'Close a dialog, menu or panel.', place: 'Anywhere' },
  { keys: ['↑', '↓'], does: 'Move through the results.', place: 'Find anything' },
  { keys: ['Home', 'End'], does: 'Go to the first or last result.', place: 'Find anything' },
  { keys: ['Enter'], does: 'Open the chosen result or run the command.', place: 'Find anything' },
  { keys: ['Esc'], does: 'Close without opening anything.', place: 'Find anything' },
  { keys: ['Space'], does: 'Pick up the focused card; Space again drops it.', place: 'A role’s board' },
  { keys: ['←', '→'], does: 'With a card picked up: move it to the previous or next stage.', place: 'A role’s board' },
  { keys: ['↑', '↓'], does: 'With a card picked up: move it above or below its neighbour.', place: 'A role’s board' },
  { keys: ['Esc'], does: 'Put the picked-up card back where it was.', place: 'A role’s board' },
  {
    keys: RATING_POINTS.map(String),
    does: `Rate the focused question: ${RATING_POINTS.map((p) => `${p} ${RATING_LABELS[p]}`).join(', ')}.`,
    place: 'Interview mode',
  },
  { keys: ['0'], does: 'Mark the focused question not assessed.', place: 'Interview mode' },
  { keys: ['Page Down', 'Page Up'], does: 'Next or previous page (the arrow keys too).', place: 'A résumé (PDF)' },
  { keys: ['Home', 'End'], does: 'First or last page.', place: 'A résumé (PDF)' },
  { keys: ['+', '−'], does: 'Zoom in or out.', place: 'A résumé (PDF)' },
  { keys: ['Space'], does: 'Pick up the focused item (a section, stage or question); arrows move it, Space drops it.', place: 'Lists you can reorder' },
];

/** A key cap's words on this computer ("mod" becomes Ctrl or ⌘). */
export function keyCap(key: string): string {
  return key === 'mod' ? modKey() : key;
}

/** True when the event's target takes typing (a field, an editor), so a bare key is text, not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
