// Renderer: a menu button on Radix DropdownMenu (the WAI-ARIA menu pattern): the list opens below the
// button, or above it when there is no room, and always inside the window (collision-aware, 8 px from its
// edges), in a portal so no table cell or scrolling pane clips it; arrow keys, Home, End and typeahead
// move, Enter or Space chooses, Escape closes with focus back on the button.
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import { Tooltip } from './Tooltip';

export interface MenuItem {
  label: string;
  icon?: ReactNode;
  onSelect(): void;
  /** Draws a divider above this item. */
  separated?: boolean;
  /** Deletes something: drawn in the danger colour. */
  danger?: boolean;
}

interface MenuButtonProps {
  /** The button's visible text; with `iconOnly`, its accessible name and tooltip. */
  label: string;
  icon?: ReactNode;
  items: MenuItem[];
  iconOnly?: boolean;
  variant?: 'primary' | 'secondary' | 'ghost';
  size?: 'md' | 'sm';
  /** A longer accessible name for a visible label repeated on every row ("More actions for Barista" for "More"); it starts with the label. */
  accessibleName?: string;
}

const MENU_WIDTH = 248;
/** Space kept between the menu and the window's edges. */
const EDGE = 8;

export function MenuButton({ label, icon, items, iconOnly, variant = 'secondary', size = 'md', accessibleName }: MenuButtonProps) {
  const classes = iconOnly ? 'icon-btn' : `btn btn-${variant}${size === 'sm' ? ' btn-sm' : ''}`;
  const name = iconOnly ? label : accessibleName;
  // Not modal: an item may open a dialog, which then owns focus and the page's pointer events.
  return (
    <DropdownMenu.Root modal={false}>
      <Tooltip label={label} disabled={!iconOnly}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className={classes} aria-label={name}>
            {icon}
            {iconOnly ? null : label}
          </button>
        </DropdownMenu.Trigger>
      </Tooltip>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" aria-label={name ?? label} align="end" sideOffset={4} collisionPadding={EDGE} loop style={{ width: MENU_WIDTH }}>
          {items.map((item) => (
            <DropdownMenu.Item key={item.label} className={`menu-item${item.separated ? ' menu-item-separated' : ''}${item.danger ? ' menu-item-danger' : ''}`} onSelect={() => item.onSelect()}>
              {item.icon}
              <span>{item.label}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
