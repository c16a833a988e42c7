// Renderer: one label and its value in a facts list (<dl class="facts">): the profile's details and its
// Privacy card.
import type { ReactNode } from 'react';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
