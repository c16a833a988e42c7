// Renderer: the colour theme. The choice (System, Light or Dark) is a preference of this computer's window,
// kept in localStorage like the other window preferences (schedule defaults), so it is known before the first
// paint. The theme in force is written as data-theme on <html>; styles/tokens.css turns it into color-scheme.
// The desktop shell is told the choice too (app:set-theme), so its menus and title bar follow it.
import { create } from 'zustand';
import { ThemeChoice as ThemeChoices, type ThemeChoice } from '../../../electron/contract';
import { call } from '../api/client';

export type { ThemeChoice };
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ThemeChoices.options;
const THEME_KEY = 'hirebook.appearance.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The theme a choice means now: System follows the computer's light or dark setting. */
export function themeFor(choice: ThemeChoice, system: Theme): Theme {
  return choice === 'system' ? system : choice;
}

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
  choose(choice: ThemeChoice): void;
}

export const useThemeStore = create<ThemeState>((set) => {
  const choice = readChoice();
  return {
    choice,
    theme: themeFor(choice, systemTheme()),
    choose(next) {
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage blocked: the theme still changes for this session.
      }
      set({ choice: next, theme: themeFor(next, systemTheme()) });
    },
  };
});

/** Tells the desktop shell (its menus, title bar, dialogs); where there is none, nothing else needs it. */
function tellShell(choice: ThemeChoice): void {
  call('app:set-theme', { choice }).catch((error: unknown) => console.warn('The window frame keeps its colours:', error));
}

/** Writes the theme onto <html> now and whenever the choice or the computer's setting changes. */
export function startTheme(): void {
  apply(useThemeStore.getState().theme);
  tellShell(useThemeStore.getState().choice);
  useThemeStore.subscribe((state, previous) => {
    apply(state.theme);
    if (state.choice !== previous.choice) tellShell(state.choice);
  });
  if (typeof matchMedia !== 'function') return;
  matchMedia(DARK_QUERY).addEventListener('change', () => {
    const { choice } = useThemeStore.getState();
    useThemeStore.setState({ theme: themeFor(choice, systemTheme()) });
  });
}
