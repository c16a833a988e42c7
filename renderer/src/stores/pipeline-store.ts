// Renderer: one role's pipeline board (stages with their counts, the cards loaded so far per column, selection)
// in windows: the first cards of each column come with the board, more of a column as it is scrolled
// (pipeline:column), and a reload keeps every column as deep as it was. Optimistic moves roll back on failure;
// the card actions (reject with undo, hire, rate, bulk); kept fresh while it is open; and every other call
// about pipelines, applications and rejection reasons (profile, interview mode, dialogs).
import { create } from 'zustand';
import {
  BOARD_WINDOW,
  BOARD_WINDOW_MAX,
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

/** The board's cards by column, in the order the core answered them (board order). */
function group(stages: PipelineStage[], cards: PipelineCard[]): Columns {
  const columns: Columns = Object.fromEntries(stages.map((s) => [s.id, [] as PipelineCard[]]));
  for (const card of cards) (columns[card.stageId] ??= []).push(card);
  return columns;
}

/** Stage counts after cards left (`-1` per card) or joined (`+1`) columns. */
function countsAfter(stages: PipelineStage[], change: ReadonlyMap<string, number>): PipelineStage[] {
  return stages.map((s) => (change.has(s.id) ? { ...s, count: Math.max(0, s.count + (change.get(s.id) ?? 0)) } : s));
}

/** True while a column holds cards not loaded yet (further down than the owner has scrolled). */
export function hasMore(stage: PipelineStage, loaded: readonly PipelineCard[]): boolean {
  return loaded.length < stage.count;
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
 * In a column not loaded to its end (`loadedToEnd` false), a card going to the bottom or above a card not
 * loaded yet lands below what is shown, so it leaves the loaded cards.
 */
export function placeCard(columns: Columns, applicationId: string, toStageId: string, beforeId: string | null, toStageKind?: StageKind, loadedToEnd = true): Columns {
  const card = findCard(columns, applicationId);
  if (!card) return columns;
  const next: Columns = {};
  for (const [stageId, list] of Object.entries(columns)) next[stageId] = list.filter((c) => c.applicationId !== applicationId);
  const target = next[toStageId] ?? [];
  const at = beforeId ? target.findIndex((c) => c.applicationId === beforeId) : -1;
  if (at < 0 && !loadedToEnd) return next;
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

function setColumns(columns: Columns, stages?: PipelineStage[]): void {
  usePipelineStore.setState(stages ? { columns, stages } : { columns });
}

/** Columns being read further (pipeline:column), so a scroll asks once. */
const loadingMore = new Set<string>();

/** Reads a column after its last loaded card until it holds `want` cards or ends; null when the board changed meanwhile. */
async function readDown(roleId: string, stageId: string, loaded: PipelineCard[], want: number): Promise<{ cards: PipelineCard[]; count: number; more: boolean } | null> {
  let cards = loaded;
  let count = loaded.length;
  let more = true;
  while (cards.length < want && more) {
    const last = cards.at(-1);
    const page = await call('pipeline:column', {
      stageId,
      after: last ? { applicationId: last.applicationId, position: last.position } : null,
      limit: Math.min(BOARD_WINDOW_MAX, want - cards.length),
    });
    if (usePipelineStore.getState().roleId !== roleId) return null;
    const known = new Set(cards.map((c) => c.applicationId));
    const fresh = page.cards.filter((c) => !known.has(c.applicationId));
    cards = [...cards, ...fresh];
    count = page.count;
    more = page.more && fresh.length > 0;
  }
  return { cards, count, more };
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
  /**
   * Reads the board: every count and the first cards of each column (down to the card it was opened for);
   * a reload (`quiet`) reads each column back as deep as it was loaded.
   */
  async load(roleId: string, quiet = false): Promise<void> {
    if (!quiet) usePipelineStore.setState({ roleId, loadState: 'loading', selected: new Set(), anchor: null, columns: {} });
    const startedAfter = writesStarted;
    const stale = () => usePipelineStore.getState().roleId !== roleId || (quiet && startedAfter !== writesStarted);
    const depth = new Map(Object.entries(usePipelineStore.getState().columns).map(([stageId, list]) => [stageId, list.length]));
    const { spotlight } = usePipelineStore.getState();
    try {
      const board = await call('pipeline:get', { roleId, ...(spotlight && !quiet ? { through: spotlight } : {}) });
      // A newer screen, or a write made while this was read, makes this answer stale.
      if (stale()) return;
      const columns = group(board.stages, board.cards);
      for (const stage of board.stages) {
        const want = Math.min(depth.get(stage.id) ?? 0, stage.count);
        const loaded = columns[stage.id] ?? [];
        if (want <= loaded.length) continue;
        const deeper = await readDown(roleId, stage.id, loaded, want);
        if (!deeper || stale()) return;
        columns[stage.id] = deeper.cards;
      }
      usePipelineStore.setState({ loadState: 'ready', stages: board.stages, columns });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') usePipelineStore.setState({ loadState: 'missing' });
      else throw error;
    }
  },
  reload(): Promise<void> {
    const { roleId } = usePipelineStore.getState();
    return roleId ? pipelineActions.load(roleId, true) : Promise.resolve();
  },
  /** Loads the next cards of a column (it was scrolled near its end); nothing when all are loaded or a read is under way. */
  async loadMore(stageId: string): Promise<void> {
    const { roleId, columns, stages } = usePipelineStore.getState();
    const stage = stages.find((s) => s.id === stageId);
    const loaded = columns[stageId] ?? [];
    if (!roleId || !stage || !hasMore(stage, loaded) || loadingMore.has(stageId)) return;
    loadingMore.add(stageId);
    try {
      const deeper = await readDown(roleId, stageId, loaded, loaded.length + BOARD_WINDOW);
      if (!deeper) return;
      usePipelineStore.setState((s) => {
        // Cards moved here meanwhile stay where they are; the new ones follow, each card once on the board.
        const added = deeper.cards.slice(loaded.length).filter((c) => !findCard(s.columns, c.applicationId));
        const cards = [...(s.columns[stageId] ?? []), ...added];
        // At the column's end every card is loaded, so what is shown is the count.
        const count = deeper.more ? Math.max(deeper.count, cards.length) : cards.length;
        return { columns: { ...s.columns, [stageId]: cards }, stages: s.stages.map((x) => (x.id === stageId ? { ...x, count } : x)) };
      });
    } finally {
      loadingMore.delete(stageId);
    }
  },
  /** The card just below `card` in its column (null: the bottom), asked of the core when `card` is the last one loaded. */
  async cardBelow(card: PipelineCard): Promise<string | null> {
    const { columns, stages } = usePipelineStore.getState();
    const column = columns[card.stageId] ?? [];
    const index = column.findIndex((c) => c.applicationId === card.applicationId);
    const below = column[index + 1];
    if (below) return below.applicationId;
    const stage = stages.find((s) => s.id === card.stageId);
    if (!stage || !hasMore(stage, column)) return null;
    const page = await call('pipeline:column', { stageId: card.stageId, after: { applicationId: card.applicationId, position: card.position }, limit: 1 });
    return page.cards[0]?.applicationId ?? null;
  },
  /** Moves a card at once; puts it back and rethrows when the core refuses. */
  async move(applicationId: string, toStageId: string, beforeId: string | null): Promise<void> {
    const { columns: before, stages } = usePipelineStore.getState();
    const from = findCard(before, applicationId)?.stageId;
    const target = stages.find((s) => s.id === toStageId);
    const loadedToEnd = target ? !hasMore(target, before[toStageId] ?? []) : true;
    const change = new Map<string, number>();
    if (from !== undefined && from !== toStageId) change.set(from, -1).set(toStageId, 1);
    setColumns(placeCard(before, applicationId, toStageId, beforeId, target?.kind, loadedToEnd), countsAfter(stages, change));
    try {
      await writeWith(() => call('applications:move', { applicationId, toStageId, beforeApplicationId: beforeId }));
    } catch (error) {
      setColumns(before, stages);
      throw error;
    }
  },
  /** Takes cards off the board at once; puts them back and rethrows when the core refuses. */
  async removeOptimistic(ids: string[], work: () => Promise<unknown>): Promise<void> {
    const { columns: before, stages } = usePipelineStore.getState();
    const change = new Map<string, number>();
    for (const id of ids) {
      const stageId = findCard(before, id)?.stageId;
      if (stageId !== undefined) change.set(stageId, (change.get(stageId) ?? 0) - 1);
    }
    setColumns(removeCards(before, new Set(ids)), countsAfter(stages, change));
    pipelineActions.clearSelection();
    try {
      await writeWith(work);
    } catch (error) {
      setColumns(before, stages);
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
  /** A role's board as stored: its stages in order with their counts, and the first cards of each column (down to `through`). */
  board: (roleId: string, through?: string): Promise<Pipeline> => call('pipeline:get', { roleId, ...(through ? { through } : {}) }),
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
