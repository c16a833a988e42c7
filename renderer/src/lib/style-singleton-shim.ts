// Renderer (bundled in place of react-style-singleton): a no-op, because injected <style> tags break our CSP.
// The one rule that matters (scroll lock while a dialog is open) lives in styles/base.css.
import type { FC } from 'react';

interface Sheet {
  add(style: string): void;
  remove(): void;
}

export function stylesheetSingleton(): Sheet {
  return { add: () => undefined, remove: () => undefined };
}

export function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void {
  return () => undefined;
}

export function styleSingleton(): FC<{ styles: string; dynamic?: boolean }> {
  return () => null;
}
