// Renderer: the one tooltip, on Radix Tooltip: shown on hover after a short wait and at once on keyboard
// focus, placed beside its trigger and kept inside the window (collision-aware, 8 px from its edges), in a
// portal so no scrolling pane clips it. It only repeats the trigger's accessible name (an icon-only button
// keeps its aria-label), so a screen reader hears nothing new. TooltipProvider wraps the app (main.tsx).
import * as RadixTooltip from '@radix-ui/react-tooltip';
import type { ReactElement, ReactNode } from 'react';

/** Space kept between a tooltip and the window's edges. */
const EDGE = 8;

export function TooltipProvider({ children }: { children: ReactNode }) {
  return (
    <RadixTooltip.Provider delayDuration={500} skipDelayDuration={300}>
      {children}
    </RadixTooltip.Provider>
  );
}

interface TooltipProps {
  /** The words shown; the same words the trigger is named by. */
  label: string;
  /** Where it prefers to open; it flips to the other side when there is no room. */
  side?: 'top' | 'right' | 'bottom' | 'left';
  /** Shows nothing (the trigger's own text is on screen). */
  disabled?: boolean;
  /** One element that takes a ref and event handlers (a button or a link). */
  children: ReactElement;
}

export function Tooltip({ label, side = 'top', disabled, children }: TooltipProps) {
  if (disabled) return children;
  return (
    <RadixTooltip.Root>
      <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
      <RadixTooltip.Portal>
        <RadixTooltip.Content className="tooltip" side={side} sideOffset={6} collisionPadding={EDGE}>
          {label}
        </RadixTooltip.Content>
      </RadixTooltip.Portal>
    </RadixTooltip.Root>
  );
}
