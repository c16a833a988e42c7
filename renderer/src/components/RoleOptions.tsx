// Renderer: roles as a select's options (the role's id as value, its title as text), after the select's own first option.
import type { Role } from '../../../electron/contract';

export function RoleOptions({ roles }: { roles: readonly Pick<Role, 'id' | 'title'>[] }) {
  return (
    <>
      {roles.map((r) => (
        <option key={r.id} value={r.id}>
          {r.title}
        </option>
      ))}
    </>
  );
}
