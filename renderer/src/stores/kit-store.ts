// Renderer: the interview kit being edited: a draft list of criteria and questions (kept until saved, so a
// refresh never overwrites typing), its changes, checks with the contract's schema, save and generate; its
// calls go through interviews-actions.
import { arrayMove } from '@dnd-kit/sortable';
import { create } from 'zustand';
import { KitSaveInput, type Kit, type KitItemKind, type KitItemSource } from '../../../electron/contract';
import { ApiError } from '../api/client';
import { notifyError } from '../lib/notify';
import { kitCalls, watchKit } from './interviews-actions';

export interface DraftItem {
  /** Stable while editing: the stored id, or a fresh one for a new item. */
  key: string;
  id?: string;
  kind: KitItemKind;
  label: string;
  question: string;
  source: KitItemSource;
}

interface KitState {
  roleId: string | null;
  status: 'loading' | 'ready' | 'missing' | 'error';
  message: string;
  roleTitle: string;
  newRequirements: string[];
  items: DraftItem[];
  baseline: string;
  /** Field messages by "<key>.label" / "<key>.question", or "form". */
  errors: Record<string, string>;
  /** Bumped on each refused save, so the page can focus the first bad field. */
  refusals: number;
  saving: boolean;
}

export const useKitStore = create<KitState>(() => ({
  roleId: null,
  status: 'loading',
  message: '',
  roleTitle: '',
  newRequirements: [],
  items: [],
  baseline: '[]',
  errors: {},
  refusals: 0,
  saving: false,
}));

const snapshot = (items: DraftItem[]): string => JSON.stringify(items.map(({ id, kind, label, question }) => ({ id, kind, label, question })));

export function isKitDirty(s: Pick<KitState, 'items' | 'baseline'> = useKitStore.getState()): boolean {
  return snapshot(s.items) !== s.baseline;
}

function fromKit(kit: Kit): Partial<KitState> {
  const items = kit.items.map((i) => ({ key: i.id, id: i.id, kind: i.kind, label: i.label, question: i.question, source: i.source }));
  return { status: 'ready', roleTitle: kit.roleTitle, newRequirements: kit.newRequirements, items, baseline: snapshot(items), errors: {} };
}

/**
 * The state after a save: the stored kit, unless the person typed while it was saving; then their newer
 * text stays, new items get their stored ids, and only what was sent counts as saved.
 */
function afterSave(sent: DraftItem[], kit: Kit): Partial<KitState> {
  const current = useKitStore.getState().items;
  if (snapshot(current) === snapshot(sent) || kit.items.length !== sent.length) return fromKit(kit);
  const idByKey = new Map(sent.map((item, i) => [item.key, kit.items[i]?.id]));
  const withIds = (item: DraftItem): DraftItem => (item.id ? item : { ...item, id: idByKey.get(item.key) ?? '' });
  const items = current.map((item) => (idByKey.get(item.key) ? withIds(item) : item));
  return { items, baseline: snapshot(sent.map(withIds)), newRequirements: kit.newRequirements, errors: {} };
}

function setItems(update: (items: DraftItem[]) => DraftItem[]): void {
  useKitStore.setState((s) => ({ items: update(s.items) }));
}

function saveInput(roleId: string, items: DraftItem[]) {
  return { roleId, items: items.map(({ id, kind, label, question }) => ({ ...(id ? { id } : {}), kind, label, question: kind === 'criterion' ? question : '' })) };
}

function refuse(items: DraftItem[], issues: readonly { path: readonly PropertyKey[]; message: string }[], fallback: string): void {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const [, index, field] = issue.path;
    const item = typeof index === 'number' ? items[index] : undefined;
    const key = item ? `${item.key}.${String(field ?? 'label')}` : 'form';
    errors[key] ??= issue.message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  useKitStore.setState((s) => ({ errors, refusals: s.refusals + 1 }));
}

export const kitActions = {
  /** Opens a role's kit and, until the returned function is called, takes the stored kit after changes elsewhere (see refresh). */
  open(roleId: string): () => void {
    void kitActions.load(roleId);
    return watchKit(() => {
      kitActions.refresh().catch((e: unknown) => notifyError(e, 'Could not refresh the kit'));
    });
  },
  async load(roleId: string): Promise<void> {
    useKitStore.setState({ roleId, status: 'loading', items: [], baseline: '[]', errors: {} });
    try {
      const kit = await kitCalls.get(roleId);
      if (useKitStore.getState().roleId === roleId) useKitStore.setState(fromKit(kit));
    } catch (e) {
      const missing = e instanceof ApiError && e.code === 'not_found';
      useKitStore.setState({ status: missing ? 'missing' : 'error', message: e instanceof Error ? e.message : 'Something went wrong.' });
    }
  },
  /** After a change elsewhere: take the stored kit only if nothing here is unsaved. */
  async refresh(): Promise<void> {
    const { roleId, status } = useKitStore.getState();
    if (!roleId || status !== 'ready' || isKitDirty()) return;
    const kit = await kitCalls.get(roleId);
    if (useKitStore.getState().roleId === roleId && !isKitDirty()) useKitStore.setState(fromKit(kit));
  },
  update(key: string, patch: Partial<Pick<DraftItem, 'label' | 'question'>>): void {
    setItems((items) => items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  },
  add(kind: KitItemKind): string {
    const key = crypto.randomUUID();
    setItems((items) => [...items, { key, kind, label: '', question: '', source: 'owner' }]);
    return key;
  },
  remove(key: string): { item: DraftItem; index: number } | null {
    const { items } = useKitStore.getState();
    const index = items.findIndex((i) => i.key === key);
    const item = items[index];
    if (!item) return null;
    setItems((list) => list.filter((i) => i.key !== key));
    return { item, index };
  },
  insert(item: DraftItem, index: number): void {
    setItems((items) => [...items.slice(0, index), item, ...items.slice(index)]);
  },
  move(key: string, to: number): void {
    setItems((items) => {
      const from = items.findIndex((i) => i.key === key);
      return from < 0 || to < 0 || to >= items.length ? items : arrayMove(items, from, to);
    });
  },
  /** Saves the draft; resolves false (with field messages) when it was refused. */
  async save(): Promise<boolean> {
    const { roleId, items, saving } = useKitStore.getState();
    if (!roleId || saving) return false;
    const input = saveInput(roleId, items);
    const checked = KitSaveInput.safeParse(input);
    if (!checked.success) {
      refuse(items, checked.error.issues, 'Check the kit');
      return false;
    }
    useKitStore.setState({ saving: true });
    try {
      const kit = await kitCalls.save(input);
      useKitStore.setState({ ...afterSave(items, kit), saving: false });
      return true;
    } catch (e) {
      useKitStore.setState({ saving: false });
      refuse(items, e instanceof ApiError ? e.issues : [], e instanceof Error ? e.message : 'Could not save the kit');
      return false;
    }
  },
  /** Adds a criterion per new requirement item (saving unsaved edits first); returns how many were added. */
  async generate(): Promise<number> {
    const { roleId } = useKitStore.getState();
    if (!roleId) return 0;
    if (isKitDirty() && !(await kitActions.save())) return 0;
    const before = useKitStore.getState().items.length;
    const kit = await kitCalls.generate(roleId);
    useKitStore.setState(fromKit(kit));
    return kit.items.length - before;
  },
};
