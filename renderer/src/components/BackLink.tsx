// Renderer: the "← Roles" style link above a page title; a real link (href) that navigates in-app.
import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';

interface BackLinkProps {
  href: string;
  onNavigate: () => void;
  children: ReactNode;
}

export function BackLink({ href, onNavigate, children }: BackLinkProps) {
  return (
    <a
      href={href}
      className="back-link"
      onClick={(e) => {
        e.preventDefault();
        onNavigate();
      }}
    >
      <ArrowLeft size={14} aria-hidden="true" /> {children}
    </a>
  );
}
