// Renderer: the add/edit candidate form's state: load, edit, validate like the core, save; on create, the
// duplicates the core found are kept for the person to decide.
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { CandidateProfile, DuplicateMatch, Role } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { notifyError } from '../../lib/notify';
import { useLeaveGuard } from '../../lib/use-leave-guard';
import { candidateActions } from '../../stores/candidates-actions';
import { roleActions } from '../../stores/roles-store';
import { useRouteStore } from '../../stores/route-store';
import { EMPTY_CANDIDATE, fromCandidate, normaliseErrors, validateCandidate, type CandidateFormValues } from './candidate-form-model';

export interface CandidateForm {
  loadState: 'loading' | 'ready' | 'missing';
  values: CandidateFormValues;
  errors: FieldErrors;
  saving: boolean;
  dirty: boolean;
  /** Counts refused saves, so the page can move focus to the first invalid field each time. */
  refusals: number;
  /** After a create that found possible duplicates: the new record and the matches. */
  created: { candidate: CandidateProfile; duplicates: DuplicateMatch[] } | null;
  setField<K extends keyof CandidateFormValues>(key: K, value: CandidateFormValues[K]): void;
  /** A new candidate only: the roles to apply to (active ones, by title) and the one chosen ('' for none). */
  roles: Pick<Role, 'id' | 'title'>[];
  roleId: string;
  setRoleId(id: string): void;
  save(): Promise<void>;
}

export function useCandidateForm(candidateId: string | null): CandidateForm {
  const navigate = useRouteStore((s) => s.navigate);
  const [loadState, setLoadState] = useState<CandidateForm['loadState']>(candidateId ? 'loading' : 'ready');
  const [stored, setStored] = useState<CandidateProfile | null>(null);
  const [values, setValues] = useState<CandidateFormValues>(EMPTY_CANDIDATE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const [created, setCreated] = useState<CandidateForm['created']>(null);
  const { leaveFreely } = useLeaveGuard(dirty);
  const [roles, setRoles] = useState<CandidateForm['roles']>([]);
  const [roleId, setRoleIdState] = useState('');

  useEffect(() => {
    if (candidateId) return;
    roleActions
      .list({ sort: 'title', direction: 'asc' })
      .then((list) => setRoles(list.roles.map(({ id, title }) => ({ id, title }))))
      .catch((e: unknown) => notifyError(e, 'Could not load the roles'));
  }, [candidateId]);

  const setRoleId = (id: string) => {
    setRoleIdState(id);
    setDirty(true);
    setErrors((e) => {
      if (!('roleId' in e)) return e;
      const next = { ...e };
      delete next.roleId;
      return next;
    });
  };

  useEffect(() => {
    if (!candidateId) return;
    candidateActions
      .get(candidateId)
      .then((c) => {
        setStored(c);
        setValues(fromCandidate(c));
        setLoadState('ready');
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'not_found') setLoadState('missing');
        else notifyError(e, 'Could not load the candidate');
      });
  }, [candidateId]);

  const setField: CandidateForm['setField'] = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    setDirty(true);
    setErrors((e) => {
      if (!(key in e)) return e;
      const next = { ...e };
      delete next[key];
      return next;
    });
  };

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    setRefusals((n) => n + 1);
  };

  const save = async () => {
    if (saving) return;
    const checked = validateCandidate(values);
    if (!checked.ok) return refuse(checked.errors);
    setSaving(true);
    try {
      if (stored) {
        const updated = await candidateActions.update({ id: stored.id, patch: checked.draft, expectedUpdatedAt: stored.updatedAt });
        setDirty(false);
        leaveFreely();
        toast.success(`Saved “${updated.fullName}”`);
        navigate({ name: 'candidate', id: updated.id });
        return;
      }
      // With a role, the core adds them to its first stage in the same save.
      const result = await candidateActions.create(roleId ? { ...checked.draft, roleId } : checked.draft);
      setDirty(false);
      leaveFreely();
      if (result.duplicates.length > 0) {
        setCreated(result);
        return;
      }
      const role = roles.find((r) => r.id === roleId);
      toast.success(role ? `Added “${result.candidate.fullName}” to ${role.title}` : `Added “${result.candidate.fullName}”`);
      navigate({ name: 'candidate', id: result.candidate.id });
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0) refuse(normaliseErrors(toFieldErrors(e.issues)));
      else if (e instanceof ApiError && e.code === 'not_found' && roleId) refuse({ roleId: 'That role is no longer there. Choose another, or none.' });
      else notifyError(e, 'Could not save the candidate');
    } finally {
      setSaving(false);
    }
  };

  return { loadState, values, errors, saving, dirty, refusals, created, setField, roles, roleId, setRoleId, save };
}
