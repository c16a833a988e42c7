// Renderer: the data file's health (data:health) for the app-wide banner, the check on demand (data:check)
// and the salvage copy (data:salvage). Loaded at start, after every write (data:changed) and whenever a
// call answers `damaged`; replaced by the core's data:health-changed when a check finishes.
import { create } from 'zustand';
import { DATA_DOMAINS, type DataHealth, type SalvageResult } from '../../../electron/contract';
import { call, errorMessage, onDamagedAnswer, onEvent } from '../api/client';
import { askForFolder } from './app-store';
import { onDataChanged } from './data-changed';

interface DataHealthState {
  health: DataHealth | null;
  /** A full check is running (Settings → Data's "Check the data file now"). */
  checking: boolean;
  /** What the last check on demand found, in plain words; null before one ran. */
  checkResult: { ok: boolean; message: string } | null;
  salvaging: boolean;
  salvage: SalvageResult | null;
  salvageError: string;
  checkNow(): Promise<void>;
  saveSalvageCopy(): Promise<void>;
  dismissSalvage(): void;
}

export const useDataHealthStore = create<DataHealthState>((set, get) => ({
  health: null,
  checking: false,
  checkResult: null,
  salvaging: false,
  salvage: null,
  salvageError: '',

  async checkNow() {
    if (get().checking) return;
    set({ checking: true, checkResult: null });
    try {
      const health = await call('data:check', { full: true });
      set({ health, checkResult: { ok: health.state === 'ok', message: health.message } });
    } catch (error) {
      set({ checkResult: { ok: false, message: errorMessage(error) } });
    } finally {
      set({ checking: false });
    }
  },

  async saveSalvageCopy() {
    if (get().salvaging) return;
    const folder = await askForFolder('Choose a folder for the salvage copy');
    if (!folder) return;
    set({ salvaging: true, salvage: null, salvageError: '' });
    try {
      set({ salvage: await call('data:salvage', { folder }) });
    } catch (error) {
      set({ salvageError: errorMessage(error) });
    } finally {
      set({ salvaging: false });
    }
  },

  dismissSalvage() {
    set({ salvage: null, salvageError: '' });
  },
}));

/**
 * Loads the health now, after each write and after any `damaged` answer, and takes the core's word when a
 * check finishes (the start-up check may find damage after the first load answered "checking"); returns
 * a function that stops it.
 */
export function watchDataHealth(): () => void {
  // A load answered after a newer pushed report must not bring back the older state it read.
  let pushed = 0;
  const reload = () => {
    const seen = pushed;
    // The banner is a courtesy: a failed health read leaves the last known state.
    call('data:health', {})
      .then((health) => {
        if (pushed === seen) useDataHealthStore.setState({ health });
      })
      .catch(() => undefined);
  };
  const stopPushes = onEvent('data:health-changed', (health) => {
    pushed += 1;
    useDataHealthStore.setState({ health });
  });
  reload();
  const stopChanges = onDataChanged(DATA_DOMAINS, reload);
  const stopDamage = onDamagedAnswer(reload);
  return () => {
    stopPushes();
    stopChanges();
    stopDamage();
  };
}
