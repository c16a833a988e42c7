// Renderer: telling the desktop menus what the current screen allows (app:menu-state); the rule of what is
// allowed is lib/app-commands.ts. Without a desktop shell the core answers applied: false and nothing changes.
import type { AppCommandId, ThemeChoice } from '../../../electron/contract';
import { call } from '../api/client';

export function sendMenuState(enabled: AppCommandId[], theme: ThemeChoice): void {
  call('app:menu-state', { enabled, theme }).catch((error: unknown) => console.warn('The menus keep their state:', error));
}
