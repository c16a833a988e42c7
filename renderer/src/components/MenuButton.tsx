// Renderer: an accessible menu button (WAI-ARIA menu pattern): a button that opens a list of actions in a
// portal, arrow keys / Home / End to move, Enter or Space to choose, Escape or Tab to close.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  label: string;
  icon?: ReactNode;
  onSelect(): void;
  /** Draws a divider above this item. */
  separated?: boolean;
}

interface MenuButtonProps {
  /** The button's visible text; with `iconOnly`, its accessible name and tooltip. */
  label: string;
  icon?: ReactNode;
  items: MenuItem[];
  iconOnly?: boolean;
  variant?: 'primary' | 'secondary' | 'ghost';
}

const MENU_WIDTH = 248;

function menuPosition(button: HTMLElement): { top: number; left: number } {
  const rect = button.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 8));
  return { top: rect.bottom + 4, left };
}

function focusItem(menu: HTMLElement | null, index: number): void {
  const items = menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
  if (items.length === 0) return;
  items[(index + items.length) % items.length]?.focus();
}

function useCloseOnOutside(open: boolean, close: () => void, inside: (node: Node) => boolean): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !inside(e.target)) close();
    };
    // The menu is placed against the viewport: a scroll or resize would leave it behind.
    const onMove = () => close();
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('resize', onMove);
    document.addEventListener('scroll', onMove, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('resize', onMove);
      document.removeEventListener('scroll', onMove, true);
    };
  }, [open, close, inside]);
}

/** Arrow keys, Home and End move between items; Escape closes and returns focus; Tab closes. */
function onMenuKey(e: KeyboardEvent<HTMLDivElement>, close: (refocus: boolean) => void): void {
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
  if (e.key in moves) {
    e.preventDefault();
    focusItem(e.currentTarget, moves[e.key] ?? 0);
  } else if (e.key === 'Escape') {
    e.preventDefault();
    close(true);
  } else if (e.key === 'Tab') {
    close(false);
  }
}

interface MenuListProps {
  menuRef: RefObject<HTMLDivElement | null>;
  id: string;
  label: string;
  items: MenuItem[];
  position: { top: number; left: number };
  onChoose(item: MenuItem): void;
  onClose(refocus: boolean): void;
}

/** The open menu, in a portal so no table cell or scrolling pane clips it. */
function MenuList({ menuRef, id, label, items, position, onChoose, onClose }: MenuListProps) {
  return createPortal(
    <div ref={menuRef} id={id} role="menu" aria-label={label} className="menu" style={{ top: position.top, left: position.left, width: MENU_WIDTH }} onKeyDown={(e) => onMenuKey(e, onClose)}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`menu-item${item.separated ? ' menu-item-separated' : ''}`}
          onClick={() => onChoose(item)}
        >
          {item.icon}
          <span>{item.label}</span>
        </button>
      ))}
    </div>,
    document.body,
  );
}

export function MenuButton({ label, icon, items, iconOnly, variant = 'secondary' }: MenuButtonProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [position, setPosition] = useState({ top: 0, left: 0 });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = useCallback((refocus = false) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);
  const closeQuietly = useCallback(() => close(false), [close]);
  const inside = useCallback((node: Node) => Boolean(menuRef.current?.contains(node) || buttonRef.current?.contains(node)), []);
  useCloseOnOutside(open !== false, closeQuietly, inside);

  const show = (where: 'first' | 'last') => {
    if (buttonRef.current) setPosition(menuPosition(buttonRef.current));
    setOpen(where);
  };

  useLayoutEffect(() => {
    if (open) focusItem(menuRef.current, open === 'first' ? 0 : -1);
  }, [open]);

  const choose = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      show(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const classes = iconOnly ? 'icon-btn' : `btn btn-${variant}`;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={classes}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        aria-label={iconOnly ? label : undefined}
        title={iconOnly ? label : undefined}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={onButtonKey}
      >
        {icon}
        {iconOnly ? null : label}
      </button>
      {open ? (
        <MenuList menuRef={menuRef} id={menuId} label={label} items={items} position={position} onChoose={choose} onClose={close} />
      ) : null}
    </>
  );
}
