// Renderer: autosave for the description being edited: debounced, one save at a time and in order,
// retried with back-off on failure, and refused (not overwritten) when the stored copy changed elsewhere.
import { DEFAULT_SECTION_HEADINGS, type RoleDescription, type RoleSectionDraft } from '../../../electron/contract';
import { ApiError, errorMessage } from '../api/client';
import { addChangeListener, syncHtml, useDescriptionStore, type DraftSection } from './description-store';
import { descriptionActions } from './descriptions-actions';

/** Quiet time after the last change before saving: well inside the one-second promise. */
export const SAVE_DEBOUNCE_MS = 500;
const MAX_RETRY_MS = 8000;

let timer: number | null = null;
let inFlight: Promise<void> | null = null;
let changes = 0;
let savedChanges = 0;
let retryMs = 0;

function schedule(ms: number): void {
  if (timer !== null) window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    timer = null;
    void flushDescription();
  }, ms);
}

addChangeListener(() => {
  changes += 1;
  const { status } = useDescriptionStore.getState();
  if (status === 'saved') useDescriptionStore.setState({ status: 'pending' });
  if (status !== 'conflict') schedule(SAVE_DEBOUNCE_MS);
});

function toDraft(s: DraftSection): RoleSectionDraft {
  // The store refuses an empty heading; a cleared one is saved as the kind's usual heading.
  const heading = s.heading.trim() || DEFAULT_SECTION_HEADINGS[s.kind];
  return s.id ? { id: s.id, kind: s.kind, heading, html: s.html } : { kind: s.kind, heading, html: s.html };
}

/** Gives sections saved for the first time their new ids (matched by position in what was sent). */
function applySaved(keys: string[], result: RoleDescription): void {
  const idByKey = new Map<string, string>();
  keys.forEach((key, i) => {
    const id = result.sections[i]?.id;
    if (id) idByKey.set(key, id);
  });
  useDescriptionStore.setState((st) => ({
    updatedAt: result.updatedAt,
    sections: st.sections.map((s) => (s.id || !idByKey.has(s.key) ? s : { ...s, id: idByKey.get(s.key) })),
  }));
}

async function saveOnce(): Promise<boolean> {
  syncHtml();
  const target = changes;
  const { roleId, sections, updatedAt } = useDescriptionStore.getState();
  if (!roleId) return false;
  useDescriptionStore.setState({ status: 'saving' });
  try {
    const result = await descriptionActions.save({ roleId, sections: sections.map(toDraft), expectedUpdatedAt: updatedAt });
    if (useDescriptionStore.getState().roleId !== roleId) return false;
    applySaved(sections.map((s) => s.key), result);
    savedChanges = Math.max(savedChanges, target);
    retryMs = 0;
    return true;
  } catch (error) {
    if (useDescriptionStore.getState().roleId !== roleId) return false;
    if (error instanceof ApiError && error.code === 'conflict') {
      useDescriptionStore.setState({ status: 'conflict', error: error.message });
      return false;
    }
    retryMs = Math.min(MAX_RETRY_MS, Math.max(1000, retryMs * 2));
    useDescriptionStore.setState({ status: 'error', error: errorMessage(error) });
    schedule(retryMs);
    return false;
  }
}

async function run(): Promise<void> {
  // Changes made while a save is in flight are picked up by the next turn of the loop, in order.
  while (changes > savedChanges) {
    if (!(await saveOnce())) return;
  }
  useDescriptionStore.setState({ status: 'saved', error: null });
}

/** Saves now (blur, leaving the screen); resolves when everything typed so far is stored or has failed. */
export function flushDescription(): Promise<void> {
  if (timer !== null) {
    window.clearTimeout(timer);
    timer = null;
  }
  syncHtml();
  if (useDescriptionStore.getState().status === 'conflict') return Promise.resolve();
  if (inFlight) return inFlight.then(() => (changes > savedChanges ? flushDescription() : undefined));
  if (changes <= savedChanges) return Promise.resolve();
  inFlight = run().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * The window is closing: send what is unsaved right away. The IPC message leaves before the page goes;
 * without expectedUpdatedAt, because a save still in flight would otherwise make this one a "conflict".
 */
export function flushOnUnload(): void {
  syncHtml();
  const { roleId, sections, status } = useDescriptionStore.getState();
  if (!roleId || changes <= savedChanges || status === 'conflict') return;
  void descriptionActions.save({ roleId, sections: sections.map(toDraft) }).catch(() => undefined);
}

/** Forget pending work (a new description was loaded in its place). */
export function resetAutosave(): void {
  if (timer !== null) window.clearTimeout(timer);
  timer = null;
  changes = 0;
  savedChanges = 0;
  retryMs = 0;
}

/** The owner chose to keep their version after a conflict: save it over the stored one. */
export async function overwriteAfterConflict(): Promise<void> {
  const { roleId } = useDescriptionStore.getState();
  if (!roleId) return;
  const stored = await descriptionActions.get(roleId);
  useDescriptionStore.setState({ updatedAt: stored.updatedAt, status: 'pending', error: null });
  changes += 1;
  await flushDescription();
}
