// Renderer: the role form's behaviour: load, track changes, validate with the contract, save, guard leaving.
import { useCallback, useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { Role } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { notifyError } from '../../lib/notify';
import { useCompanyStore } from '../../stores/company-store';
import { roleActions, useRolesStore } from '../../stores/roles-store';
import { useLeaveGuard } from '../../lib/use-leave-guard';
import { useRouteStore } from '../../stores/route-store';
import { emptyRoleForm, formErrorsFromIssues, roleToForm, validateRoleForm, type RoleFormValues } from './role-form-model';

export type LoadState = 'loading' | 'ready' | 'missing';

export function useRoleForm(roleId: string | null) {
  const [values, setValues] = useState<RoleFormValues | null>(null);
  const [baseline, setBaseline] = useState<RoleFormValues | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [loadState, setLoadState] = useState<LoadState>('loading');
  const [saving, setSaving] = useState(false);
  /** Bumped on each refused save, so the page can move focus to the first invalid field. */
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    let live = true;
    const start = (v: RoleFormValues, r: Role | null) => {
      if (!live) return;
      setValues(v);
      setBaseline(v);
      setRole(r);
      setLoadState('ready');
    };
    if (roleId === null) {
      const known = useCompanyStore.getState().company;
      const ready = known ? Promise.resolve(known) : useCompanyStore.getState().load();
      ready
        .then((company) => start(emptyRoleForm(company.defaultCurrency), null))
        .catch((e: unknown) => {
          notifyError(e, 'Could not load the company profile');
          start(emptyRoleForm('USD'), null);
        });
    } else {
      roleActions.get(roleId)
        .then((r) => start(roleToForm(r), r))
        .catch((e: unknown) => {
          if (!live) return;
          if (e instanceof ApiError && e.code === 'not_found') setLoadState('missing');
          else notifyError(e, 'Could not open the role');
          if (!(e instanceof ApiError && e.code === 'not_found')) setLoadState('missing');
        });
    }
    return () => {
      live = false;
    };
  }, [roleId]);

  const dirty = values !== null && baseline !== null && JSON.stringify(values) !== JSON.stringify(baseline);
  const { leaveFreely } = useLeaveGuard(dirty);

  const setField = useCallback(<K extends keyof RoleFormValues>(key: K, value: RoleFormValues[K]) => {
    setValues((v) => (v ? { ...v, [key]: value } : v));
  }, []);

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    setRefusals((n) => n + 1);
  };

  const save = async (): Promise<void> => {
    if (!values || saving) return;
    const { draft, errors: clientErrors } = validateRoleForm(values);
    if (Object.keys(clientErrors).length > 0) return refuse(clientErrors);
    setSaving(true);
    try {
      const saved = role
        ? await roleActions.update({ id: role.id, patch: draft, expectedUpdatedAt: role.updatedAt })
        : await roleActions.create(draft);
      setErrors({});
      leaveFreely();
      toast.success(role ? `Saved “${saved.title}”` : `Created “${saved.title}”`);
      void useRolesStore.getState().load().catch(notifyError);
      useRouteStore.getState().navigate({ name: 'roles' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_input' && e.issues.length > 0) {
        refuse(formErrorsFromIssues(toFieldErrors(e.issues)));
        toast.error('Some fields need attention', { description: e.message });
      } else if (e instanceof ApiError && e.code === 'conflict') {
        notifyError(e, 'This role was changed elsewhere. Copy your changes, then reopen it.');
      } else {
        notifyError(e, 'Could not save the role');
      }
    } finally {
      setSaving(false);
    }
  };

  return { values, role, errors, loadState, saving, dirty, refusals, setField, save };
}
