// Renderer: one role's pipeline board (stages, cards per column, selection) with optimistic moves that roll
// back on failure, the card actions (reject with undo, hire, rate, bulk), kept fresh while it is open; and
// every other call about pipelines, applications and rejection reasons (profile, interview mode, dialogs).
import { create } from 'zustand';
import {
  statusForStage,
  type Application,
  type ApplicationBulkInput,
  type ApplicationNote,
  type Input,
  type Output,
  type Pipeline,
  type PipelineCard,
  type PipelineStage,
  type RatingPoint,
  type RejectionReasonList,
  type StageHistory,
  type StageKind,
} from '../../../electron/contract';
import { ApiError, call } from '../api/client';
import { notifyError } from '../lib/notify';
import { onDataChanged } from './data-changed';

import type { Columns } from '../features/pipeline/board-keyboard-rules';

export type { Columns };

interface PipelineState {
  roleId: string | null;
  loadState: 'idle' | 'loading' | 'ready' | 'missing';
  stages: PipelineStage[];
  columns: Columns;
  selected: Set<string>;
  /** The last card clicked in a selection, for shift-click ranges. */
  anchor: string | null;
  /** Applications the reject dialog is open for (null: closed). */
  rejecting: string[] | null;
  /** The application whose details dialog is open. */
  details: string | null;
  /** The card whose Write to them… dialog is open (null: closed). */
  writing: string | null;
  /** The selected applications the drafts dialog is open for (null: closed). */
  drafting: string[] | null;
  /** Said by the board's live region after a move made without dragging. */
  announcement: string;
  /** The card being dragged, kept rendered by its column's virtual list. */
  dragging: string | null;
  /** A card to scroll to, focus and highlight (the board was opened for it, from Today); cleared after. */
  spotlight: string | null;
}

export const usePipelineStore = create<PipelineState>(() => ({
  roleId: null,
  loadState: 'idle',
  stages: [],
  columns: {},
  selected: new Set(),
  anchor: null,
  rejecting: null,
  details: null,
  writing: null,
  drafting: null,
  announcement: '',
  dragging: null,
  spotlight: null,
}));

function group(stages: PipelineStage[], cards: PipelineCard[]): Columns {
  const columns: Columns = Object.fromEntries(stages.map((s) => [s.id, [] as PipelineCard[]]));
  for (const card of cards) (columns[card.stageId] ??= []).push(card);
  for (const list of Object.values(columns)) list.sort((a, b) => a.position - b.position);
  return columns;
}

function withCounts(stages: PipelineStage[], columns: Columns): PipelineStage[] {
  return stages.map((s) => ({ ...s, count: columns[s.id]?.length ?? 0 }));
}

export function findCard(columns: Columns, applicationId: string): PipelineCard | undefined {
  for (const list of Object.values(columns)) {
    const card = list.find((c) => c.applicationId === applicationId);
    if (card) return card;
  }
  return undefined;
}

/**
 * Columns with a card taken out and put before `beforeId` (or at the bottom) of `toStageId`, its status
 * following the stage's kind by the contract's rule (the hired column hires), as the core will write it.
 */
export function placeCard(columns: Columns, applicationId: string, toStageId: string, beforeId: string | null, toStageKind?: StageKind): Columns {
  const card = findCard(columns, applicationId);
  if (!card) return columns;
  const next: Columns = {};
  for (const [stageId, list] of Object.entries(columns)) next[stageId] = list.filter((c) => c.applicationId !== applicationId);
  const target = next[toStageId] ?? [];
  const at = beforeId ? target.findIndex((c) => c.applicationId === beforeId) : -1;
  const status = toStageKind === undefined ? card.status : statusForStage(toStageKind);
  const moved = { ...card, stageId: toStageId, status, daysInStage: card.stageId === toStageId ? card.daysInStage : 0 };
  next[toStageId] = at < 0 ? [...target, moved] : [...target.slice(0, at), moved, ...target.slice(at)];
  return next;
}

function removeCards(columns: Columns, ids: ReadonlySet<string>): Columns {
  return Object.fromEntries(Object.entries(columns).map(([stageId, list]) => [stageId, list.filter((c) => !ids.has(c.applicationId))]));
}

/** Writes in flight: a refresh from a change event waits, so it cannot undo an optimistic move. */
let writing = 0;
let writesStarted = 0;
export const isWriting = (): boolean => writing > 0;

async function writeWith<T>(work: () => Promise<T>): Promise<T> {
  writing += 1;
  writesStarted += 1;
  try {
    return await work();
  } finally {
    writing -= 1;
  }
}

function setColumns(columns: Columns): void {
  usePipelineStore.setState((s) => ({ columns, stages: withCounts(s.stages, columns) }));
}

export const pipelineActions = {
  /**
   * Shows a role's board and keeps it fresh while the screen is open: a write to pipelines, applications or
   * candidates (from any screen or window) reloads it a moment later, but never while this board's own write is
   * in flight. Returns a function that stops (the screen closes).
   */
  open(roleId: string): () => void {
    pipelineActions.load(roleId).catch((e: unknown) => notifyError(e, 'Could not load the board'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (isWriting()) refresh();
        else pipelineActions.reload().catch((e: unknown) => notifyError(e, 'Could not refresh the board'));
      }, 200);
    };
    const stop = onDataChanged(['pipeline', 'applications', 'candidates'], refresh);
    return () => {
      clearTimeout(timer);
      stop();
    };
  },
  async load(roleId: string, quiet = false): Promise<void> {
    if (!quiet) usePipelineStore.setState({ roleId, loadState: 'loading', selected: new Set(), anchor: null });
    const startedAfter = writesStarted;
    try {
      const board = await call('pipeline:get', { roleId });
      // A newer screen, or a write made while this was read, makes this answer stale.
      if (usePipelineStore.getState().roleId !== roleId || (quiet && startedAfter !== writesStarted)) return;
      usePipelineStore.setState({ loadState: 'ready', stages: board.stages, columns: group(board.stages, board.cards) });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') usePipelineStore.setState({ loadState: 'missing' });
      else throw error;
    }
  },
  reload(): Promise<void> {
    const { roleId } = usePipelineStore.getState();
    return roleId ? pipelineActions.load(roleId, true) : Promise.resolve();
  },
  /** Moves a card at once; puts it back and rethrows when the core refuses. */
  async move(applicationId: string, toStageId: string, beforeId: string | null): Promise<void> {
    const { columns: before, stages } = usePipelineStore.getState();
    setColumns(placeCard(before, applicationId, toStageId, beforeId, stages.find((s) => s.id === toStageId)?.kind));
    try {
      await writeWith(() => call('applications:move', { applicationId, toStageId, beforeApplicationId: beforeId }));
    } catch (error) {
      setColumns(before);
      throw error;
    }
  },
  /** Takes cards off the board at once; puts them back and rethrows when the core refuses. */
  async removeOptimistic(ids: string[], work: () => Promise<unknown>): Promise<void> {
    const before = usePipelineStore.getState().columns;
    setColumns(removeCards(before, new Set(ids)));
    pipelineActions.clearSelection();
    try {
      await writeWith(work);
    } catch (error) {
      setColumns(before);
      throw error;
    }
  },
  /** Rejects (one, or several in bulk) with a reason: the cards leave at once, and come back if the core refuses. */
  reject(ids: string[], reasonId: string, note: string): Promise<void> {
    const body = note.trim() ? { note: note.trim() } : {};
    const work = () =>
      ids.length === 1 ? call('applications:reject', { applicationIds: ids, reasonId, ...body }) : call('applications:bulk', { action: 'reject', applicationIds: ids, reasonId, ...body });
    return pipelineActions.removeOptimistic(ids, work);
  },
  /** Undoes a rejection: each application back on the board, then the board reloaded. */
  async reactivateAll(ids: string[]): Promise<void> {
    for (const applicationId of ids) await call('applications:reactivate', { applicationId });
    await pipelineActions.reload();
  },
  /** Saves renamed, reordered, added and removed stages, then reloads the board. */
  async updateStages(input: Input<'pipeline:update-stages'>): Promise<void> {
    await call('pipeline:update-stages', input);
    await pipelineActions.reload();
  },
  /** Saves your own rating; the board is read again, since the core decides what the card shows (card-rating-rules). */
  async rate(applicationId: string, rating: RatingPoint | null): Promise<void> {
    const saved = await call('applications:rate', { applicationId, rating });
    const columns = usePipelineStore.getState().columns;
    setColumns(Object.fromEntries(Object.entries(columns).map(([k, list]) => [k, list.map((c) => (c.applicationId === applicationId ? { ...c, rating: saved.rating } : c))])));
    await pipelineActions.reload();
  },
  async hire(applicationId: string): Promise<void> {
    await call('applications:hire', { applicationId });
    await pipelineActions.reload();
  },
  async bulk(input: ApplicationBulkInput): Promise<number> {
    const result = await call('applications:bulk', input);
    pipelineActions.clearSelection();
    await pipelineActions.reload();
    return result.count;
  },
  toggleSelected(applicationId: string, range: boolean): void {
    const { selected, anchor, columns } = usePipelineStore.getState();
    const next = new Set(selected);
    const column = Object.values(columns).find((list) => list.some((c) => c.applicationId === applicationId)) ?? [];
    const from = anchor ? column.findIndex((c) => c.applicationId === anchor) : -1;
    if (range && from >= 0) {
      const to = column.findIndex((c) => c.applicationId === applicationId);
      for (const card of column.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(card.applicationId);
    } else if (next.has(applicationId)) next.delete(applicationId);
    else next.add(applicationId);
    usePipelineStore.setState({ selected: next, anchor: applicationId });
  },
  clearSelection(): void {
    usePipelineStore.setState({ selected: new Set(), anchor: null });
  },
};

/** Applications away from the board's optimistic state: profile, interview mode, the card and reasons dialogs. */
export const applicationActions = {
  /** A role's board as stored: its stages in order and every active (and hired) card. */
  board: (roleId: string): Promise<Pipeline> => call('pipeline:get', { roleId }),
  /** Adds a candidate to roles, in each one's first stage. */
  create: (candidateId: string, roleIds: string[]): Promise<Output<'applications:create'>> => call('applications:create', { candidateId, roleIds }),
  /** Moves an application to a stage (at the bottom of its column). */
  move: (applicationId: string, toStageId: string): Promise<Application> => call('applications:move', { applicationId, toStageId }),
  reject: (input: Input<'applications:reject'>): Promise<Output<'applications:reject'>> => call('applications:reject', input),
  reactivate: (applicationId: string): Promise<Application> => call('applications:reactivate', { applicationId }),
  notes: (applicationId: string): Promise<Output<'applications:notes'>> => call('applications:notes', { applicationId }),
  addNote: (applicationId: string, body: string): Promise<ApplicationNote> => call('applications:note-add', { applicationId, body }),
  history: (applicationId: string): Promise<StageHistory> => call('applications:history', { applicationId }),
  rejectionReasons: (includeArchived: boolean): Promise<RejectionReasonList> => call('rejection-reasons:list', { includeArchived }),
  saveRejectionReasons: (reasons: Input<'rejection-reasons:save'>['reasons']): Promise<RejectionReasonList> => call('rejection-reasons:save', { reasons }),
};
