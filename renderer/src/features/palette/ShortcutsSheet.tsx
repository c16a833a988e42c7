// Renderer: the keyboard shortcuts sheet (? when not typing in a field, Help → Keyboard Shortcuts, or the
// palette's command): every shortcut in the app from the one list, lib/shortcuts.ts, grouped by where it works.
import * as Dialog from '@radix-ui/react-dialog';
import { Fragment } from 'react';
import { Button } from '../../components/Button';
import { keyCap, SHORTCUTS, type Shortcut, type ShortcutPlace } from '../../lib/shortcuts';
import { usePaletteStore } from '../../stores/palette-store';

function byPlace(): [ShortcutPlace, Shortcut[]][] {
  const places = new Map<ShortcutPlace, Shortcut[]>();
  for (const shortcut of SHORTCUTS) places.set(shortcut.place, [...(places.get(shortcut.place) ?? []), shortcut]);
  return [...places];
}

function Keys({ keys }: { keys: readonly string[] }) {
  // Ctrl/⌘ with a letter is pressed together; several plain keys are alternatives.
  const together = keys[0] === 'mod';
  return (
    <span className="shortcut-keys">
      {keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 ? <span className="shortcut-joiner">{together ? '+' : ' or '}</span> : null}
          <kbd>{keyCap(key)}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

export function ShortcutsSheet() {
  const open = usePaletteStore((s) => s.shortcutsOpen);
  const close = (): void => usePaletteStore.getState().setShortcutsOpen(false);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => usePaletteStore.getState().setShortcutsOpen(next)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog shortcuts-sheet" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">Keyboard shortcuts</Dialog.Title>
          {/* Focusable so the list scrolls by keyboard on a small window. */}
          <div className="shortcuts-scroll" tabIndex={0} role="region" aria-label="All shortcuts">
            {byPlace().map(([place, shortcuts]) => (
              <section key={place} className="shortcuts-place" aria-label={place}>
                <h3 className="shortcuts-heading">{place}</h3>
                <dl className="shortcuts-list">
                  {shortcuts.map((shortcut) => (
                    <div key={`${shortcut.keys.join('+')} ${shortcut.does}`} className="shortcuts-row">
                      <dt>
                        <Keys keys={shortcut.keys} />
                      </dt>
                      <dd>{shortcut.does}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <div className="dialog-actions">
            <Button variant="primary" onClick={close}>
              Close
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
