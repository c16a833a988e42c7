// Renderer: the one button: primary, secondary, ghost or danger, with an optional leading icon.
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Tooltip } from './Tooltip';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'md' | 'sm';
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', size = 'md', icon, className, children, type, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'sm' ? 'btn-sm' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type ?? 'button'} className={classes} {...rest}>
      {icon}
      {children}
    </button>
  );
}

interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Read by screen readers and shown as a tooltip. */
  label: string;
  /** Where the tooltip prefers to open. */
  tooltipSide?: 'top' | 'right' | 'bottom' | 'left';
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function IconButton({ label, tooltipSide, className, children, ...rest }: IconButtonProps) {
  return (
    <Tooltip label={label} side={tooltipSide}>
      <button type="button" className={['icon-btn', className ?? ''].join(' ')} aria-label={label} {...rest}>
        {children}
      </button>
    </Tooltip>
  );
}
