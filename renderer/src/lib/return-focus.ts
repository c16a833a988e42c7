// Renderer: focus goes back where it was when a flow's dialog closes. The backup and restore dialogs are
// the shell's (opened from Settings, the empty screen, a banner or the File menu), with no trigger of their
// own: the flow remembers the focused element when it starts, and the dialog returns focus to it.
let remembered: HTMLElement | null = null;

export function rememberFocus(): void {
  remembered = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
}

/** For a Radix dialog's onCloseAutoFocus: focus the remembered element if it is still on the page. */
export function returnFocus(event: Event): void {
  const target = remembered;
  remembered = null;
  if (target?.isConnected) {
    event.preventDefault();
    target.focus();
  }
}
