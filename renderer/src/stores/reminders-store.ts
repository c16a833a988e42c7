// Renderer: whether the desktop app shows a notification 15 minutes before each booked interview (Settings →
// Appearance; on unless turned off). A preference of this computer, kept in localStorage like the theme, and
// told to the desktop shell (app:reminders), which runs the reminders (electron/main/interview-reminders.ts).
import { create } from 'zustand';
import { call } from '../api/client';

const REMINDERS_KEY = 'hirebook.reminders.interviews';

function readOn(): boolean {
  try {
    return localStorage.getItem(REMINDERS_KEY) !== 'off';
  } catch {
    return true;
  }
}

interface RemindersState {
  on: boolean;
  setOn(on: boolean): void;
}

export const useRemindersStore = create<RemindersState>((set) => ({
  on: readOn(),
  setOn(on) {
    try {
      localStorage.setItem(REMINDERS_KEY, on ? 'on' : 'off');
    } catch {
      // Private mode or a full disk: the choice lasts until the window closes.
    }
    set({ on });
  },
}));

function tellShell(on: boolean): void {
  call('app:reminders', { on }).catch((error: unknown) => console.warn('Interview reminders keep their setting:', error));
}

/** Tells the shell the preference now and whenever it changes. */
export function startReminders(): void {
  tellShell(useRemindersStore.getState().on);
  useRemindersStore.subscribe((state, previous) => {
    if (state.on !== previous.on) tellShell(state.on);
  });
}
