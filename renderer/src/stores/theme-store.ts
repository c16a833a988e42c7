// Renderer: the colour theme. The choice (System, Light or Dark) is a preference of this computer's window,
// kept in localStorage like the other window preferences (schedule defaults), so it is known before the first
// paint. The theme in force is written as data-theme on <html>; styles/tokens.css turns it into color-scheme.
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
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

/** Writes the theme onto <html> now and whenever the choice or the computer's setting changes. */
export function startTheme(): void {
  apply(useThemeStore.getState().theme);
  useThemeStore.subscribe((state) => apply(state.theme));
  if (typeof matchMedia !== 'function') return;
  matchMedia(DARK_QUERY).addEventListener('change', () => {
    const { choice } = useThemeStore.getState();
    useThemeStore.setState({ theme: themeFor(choice, systemTheme()) });
  });
}
