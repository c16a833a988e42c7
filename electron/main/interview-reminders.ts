// A desktop notification 15 minutes before each booked interview (Settings → Appearance turns it on or off;
// on by default in the page's preference). Every minute while on, the shell asks the core for the booked
// interviews starting within the next 15 minutes and notifies each once, naming the candidate, the role and
// the start time in the interview's own time zone. Runs in the Electron main process; the rule and the words
// are plain functions for the tests, the timer and Electron's Notification are index.ts's.

/** How long before an interview its reminder comes. */
export const REMIND_BEFORE_MS = 15 * 60_000;
/** How often the shell looks. */
export const REMINDER_CHECK_MS = 60_000;

/** What a reminder needs of an interview (a subset of the contract's Interview). */
export interface ReminderInterview {
  id: string;
  startsAt: string;
  timeZone: string;
  candidateName: string;
  roleTitle: string;
}

/**
 * The notification's words: "Interview in 12 minutes" and "Amara Okafor for Head Baker, at 14:30" (the time as
 * `locale` writes it, the computer's own by default).
 */
export function reminderWords(interview: ReminderInterview, now: number, locale?: string): { title: string; body: string } {
  const minutes = Math.max(0, Math.round((Date.parse(interview.startsAt) - now) / 60_000));
  const title = minutes === 0 ? 'Interview starting now' : `Interview in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  let at: string;
  try {
    at = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: interview.timeZone }).format(new Date(interview.startsAt));
  } catch {
    at = new Date(interview.startsAt).toISOString().slice(11, 16);
  }
  return { title, body: `${interview.candidateName} for ${interview.roleTitle}, at ${at}` };
}

export interface RemindersDeps {
  /** Booked interviews starting at or after `from` and before `to` (ISO instants). */
  list(from: string, to: string): Promise<ReminderInterview[]>;
  notify(interview: ReminderInterview, words: { title: string; body: string }): void;
  now(): number;
  warn(message: string, error?: unknown): void;
}

export interface Reminders {
  /** One look: notifies each interview starting within 15 minutes that was not notified yet. */
  check(): Promise<void>;
  /** On: looks now and then every minute; off: stops. */
  set(on: boolean): void;
  readonly on: boolean;
}

export function createReminders(deps: RemindersDeps, every = REMINDER_CHECK_MS): Reminders {
  const notified = new Set<string>();
  let timer: ReturnType<typeof setInterval> | null = null;
  const check = async (): Promise<void> => {
    const now = deps.now();
    let due: ReminderInterview[];
    try {
      due = await deps.list(new Date(now).toISOString(), new Date(now + REMIND_BEFORE_MS).toISOString());
    } catch (error) {
      deps.warn('Could not look for interviews to remind of', error);
      return;
    }
    for (const interview of due) {
      if (notified.has(interview.id)) continue;
      notified.add(interview.id);
      deps.notify(interview, reminderWords(interview, now));
    }
  };
  return {
    check,
    set(on) {
      if (on && timer === null) {
        void check();
        timer = setInterval(() => void check(), every);
        timer.unref?.();
      } else if (!on && timer !== null) {
        clearInterval(timer);
        timer = null;
      }
    },
    get on() {
      return timer !== null;
    },
  };
}
