// Renderer: the title of a role by id (for "Replace the description of …"), or null while unknown.
import { useEffect, useState } from 'react';
import { roleActions } from '../../stores/roles-store';

export function useRoleTitle(roleId: string | null): string | null {
  const [title, setTitle] = useState<{ id: string; title: string } | null>(null);
  useEffect(() => {
    if (!roleId) return;
    let live = true;
    roleActions.get(roleId)
      .then((role) => live && setTitle({ id: role.id, title: role.title }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [roleId]);
  return title && title.id === roleId ? title.title : null;
}
