// Renderer: a small panel that opens from a button, on Radix Popover: placed beside the button and kept
// inside the window (collision-aware, 8 px from its edges), in a portal so no scrolling pane clips it;
// named for screen readers (a dialog), closed by Escape or a click elsewhere with focus back on the button.
import * as RadixPopover from '@radix-ui/react-popover';
import type { ReactElement, ReactNode } from 'react';

/** Space kept between the panel and the window's edges. */
const EDGE = 8;

interface PopoverProps {
  /** The panel's accessible name. */
  label: string;
  /** One button that opens it. */
  trigger: ReactElement;
  side?: 'top' | 'right' | 'bottom' | 'left';
  align?: 'start' | 'center' | 'end';
  children: ReactNode;
}

export function Popover({ label, trigger, side = 'bottom', align = 'start', children }: PopoverProps) {
  return (
    <RadixPopover.Root>
      <RadixPopover.Trigger asChild>{trigger}</RadixPopover.Trigger>
      <RadixPopover.Portal>
        <RadixPopover.Content className="popover" aria-label={label} side={side} align={align} sideOffset={6} collisionPadding={EDGE}>
          {children}
        </RadixPopover.Content>
      </RadixPopover.Portal>
    </RadixPopover.Root>
  );
}
