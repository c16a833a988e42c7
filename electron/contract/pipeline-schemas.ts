// The pipeline and applications as the contract carries them: stages, board cards, moves, rejections,
// ratings, notes, stage history, bulk actions and rejection reasons. Runs anywhere.
import { z } from 'zod';
import { OfferStatus } from './offer-status';
import { IsoDateTime, Uuid, text } from './common-schemas';
import { CardRating, RatingValue } from './rating-scale';

/** 'hired' is the last column of every pipeline; moving a card there marks the application hired. */
export const STAGE_KINDS = ['active', 'hired'] as const;
export const StageKind = z.enum(STAGE_KINDS);
export type StageKind = z.infer<typeof StageKind>;

export const APPLICATION_STATUSES = ['active', 'hired', 'rejected', 'withdrawn'] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const REJECTION_KINDS = ['we_rejected', 'they_withdrew'] as const;
export const RejectionKind = z.enum(REJECTION_KINDS);
export type RejectionKind = z.infer<typeof RejectionKind>;

export const PIPELINE_LIMITS = { stages: 20, stageName: 60, note: 2000, noteBody: 10_000, bulk: 5000, roles: 50 } as const;

const StageName = text(PIPELINE_LIMITS.stageName).min(1, { message: 'Give the stage a name' });
const Note = text(PIPELINE_LIMITS.note);
/** Days a card may wait in a stage before Today lists it, for a stage without its own limit. */
export const DEFAULT_STAGE_WAIT_DAYS = 5;
/** A stage's own waiting limit for Today, in whole days. */
const StageWaitDays = z.number().int({ message: 'Use whole days' }).min(1, { message: 'At least 1 day' }).max(365, { message: 'At most 365 days' });

export const PipelineStage = z.object({
  id: Uuid,
  name: z.string(),
  position: z.number().int(),
  kind: StageKind,
  /** Days a card may wait here before Today lists it as waiting too long; null: the default (5). */
  waitDays: z.number().int().nullable(),
  /** Active applications in this stage. */
  count: z.number().int(),
});
export type PipelineStage = z.infer<typeof PipelineStage>;

export const PipelineCard = z.object({
  applicationId: Uuid,
  candidateId: Uuid,
  name: z.string(),
  /** The owner's own rating of this application (1 Strong no … 4 Strong yes), or null. */
  rating: RatingValue.nullable(),
  /** What the card shows: the scorecards' average once one is submitted, else the owner's rating. */
  cardRating: CardRating,
  tags: z.array(z.string()),
  stageId: Uuid,
  /** Order within the column (ascending, ties in the order the cards were added); real numbers, so a move rewrites one row. */
  position: z.number(),
  daysInStage: z.number().int(),
  status: ApplicationStatus,
  /** The candidate is a sample person (sample:load). */
  sample: z.boolean(),
  /** The status of the application's latest offer as it reads today (a sent one past its expiry day: expired), or null. */
  offer: OfferStatus.nullable(),
});
export type PipelineCard = z.infer<typeof PipelineCard>;

/** Cards per column in the board's first answer (a screenful and a little more); more come by pipeline:column. */
export const BOARD_WINDOW = 30;
/** The most cards one pipeline:column answer carries. */
export const BOARD_WINDOW_MAX = 500;

export const PipelineGetInput = z
  .object({
    roleId: Uuid,
    /** The board opened for this card: its column is read down to it (and on), so it can be shown at once. */
    through: Uuid.optional(),
  })
  .strict();
export type PipelineGetInput = z.infer<typeof PipelineGetInput>;

/**
 * A role's board: every stage with its full count, and the first cards of each column in board order
 * (BOARD_WINDOW of them, or down to `through`); a column with fewer cards here than its count continues
 * with pipeline:column.
 */
export const Pipeline = z.object({ roleId: Uuid, stages: z.array(PipelineStage), cards: z.array(PipelineCard) });
export type Pipeline = z.infer<typeof Pipeline>;

export const PipelineColumnInput = z
  .object({
    stageId: Uuid,
    /**
     * The last card already shown: the answer continues after it (from where the card is now, if it is still
     * in this column; else after the position given). Absent or null: from the top.
     */
    after: z.object({ applicationId: Uuid, position: z.number() }).strict().nullable().optional(),
    limit: z.number().int().min(1).max(BOARD_WINDOW_MAX).default(BOARD_WINDOW),
  })
  .strict();
export type PipelineColumnInput = z.input<typeof PipelineColumnInput>;

/** The next cards of one column in board order, its count now, and whether more follow. */
export const PipelineColumn = z.object({ stageId: Uuid, count: z.number().int(), cards: z.array(PipelineCard), more: z.boolean() });
export type PipelineColumn = z.infer<typeof PipelineColumn>;

export const PipelineUpdateInput = z
  .object({
    roleId: Uuid,
    /** Every stage, in the new order; without an id it is new; a stored stage left out is removed. */
    stages: z
      .array(z.object({ id: Uuid.optional(), name: StageName, waitDays: StageWaitDays.nullable().optional() }).strict())
      .min(2, { message: 'Keep at least two stages' })
      .max(PIPELINE_LIMITS.stages, { message: `At most ${PIPELINE_LIMITS.stages} stages` }),
    /** Where the applications of removed stages go (must be a kept stage). */
    moveRemovedTo: Uuid.optional(),
  })
  .strict();
export type PipelineUpdateInput = z.infer<typeof PipelineUpdateInput>;

export const Application = z.object({
  id: Uuid,
  candidateId: Uuid,
  roleId: Uuid,
  stageId: Uuid,
  status: ApplicationStatus,
  /** The owner's own rating, 1 Strong no … 4 Strong yes, or null. */
  rating: RatingValue.nullable(),
  position: z.number(),
  rejectionReasonId: Uuid.nullable(),
  stageEnteredAt: IsoDateTime,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Application = z.infer<typeof Application>;

export const ApplicationList = z.object({ applications: z.array(Application) });
export type ApplicationList = z.infer<typeof ApplicationList>;

export const ApplicationsCreateInput = z
  .object({
    candidateId: Uuid,
    roleIds: z.array(Uuid).min(1, { message: 'Pick at least one role' }).max(PIPELINE_LIMITS.roles),
    /** A stage of the (single) role; the first stage when absent. */
    stageId: Uuid.optional(),
  })
  .strict();

export const ApplicationIdInput = z.object({ applicationId: Uuid }).strict();

export const ApplicationMoveInput = z
  .object({
    applicationId: Uuid,
    toStageId: Uuid,
    /** Place the card just above this one in the target column; at the bottom when absent or null. */
    beforeApplicationId: Uuid.nullable().optional(),
    note: Note.optional(),
  })
  .strict();
export type ApplicationMoveInput = z.infer<typeof ApplicationMoveInput>;

const ApplicationIds = z.array(Uuid).min(1, { message: 'Select at least one application' }).max(PIPELINE_LIMITS.bulk);

export const ApplicationRejectInput = z.object({ applicationIds: ApplicationIds, reasonId: Uuid, note: Note.optional() }).strict();
export type ApplicationRejectInput = z.infer<typeof ApplicationRejectInput>;

export const ApplicationReactivateInput = z.object({ applicationId: Uuid, stageId: Uuid.optional() }).strict();

export const ApplicationRateInput = z
  .object({ applicationId: Uuid, rating: RatingValue.nullable() })
  .strict();

export const ApplicationNoteAddInput = z
  .object({ applicationId: Uuid, body: text(PIPELINE_LIMITS.noteBody).min(1, { message: 'Write something first' }) })
  .strict();

export const ApplicationNote = z.object({ id: Uuid, applicationId: Uuid, body: z.string(), createdAt: IsoDateTime });
export type ApplicationNote = z.infer<typeof ApplicationNote>;
export const ApplicationNoteList = z.object({ notes: z.array(ApplicationNote) });

export const StageHistoryEntry = z.object({
  id: Uuid,
  fromStageId: Uuid.nullable(),
  fromStage: z.string().nullable(),
  toStageId: Uuid.nullable(),
  toStage: z.string().nullable(),
  /** The status the application had after this event. */
  status: ApplicationStatus,
  note: z.string(),
  at: IsoDateTime,
  /** Time from this event to the next one (or to now, for the latest). */
  msInStage: z.number().int(),
});
export type StageHistoryEntry = z.infer<typeof StageHistoryEntry>;

export const StageHistory = z.object({
  applicationId: Uuid,
  events: z.array(StageHistoryEntry),
  /** Total time per stage name, summed over every visit, in stage order of first visit. */
  totals: z.array(z.object({ stageId: Uuid, stage: z.string(), ms: z.number().int() })),
});
export type StageHistory = z.infer<typeof StageHistory>;

const TagName = text(60).min(1);

// A plain union (anyOf in JSON Schema, like the other choice inputs), each branch strict on its action.
export const ApplicationBulkInput = z.union([
  z.object({ action: z.literal('move'), applicationIds: ApplicationIds, toStageId: Uuid, note: Note.optional() }).strict(),
  z.object({ action: z.literal('reject'), applicationIds: ApplicationIds, reasonId: Uuid, note: Note.optional() }).strict(),
  z.object({ action: z.literal('tag'), applicationIds: ApplicationIds, tags: z.array(TagName).min(1).max(20) }).strict(),
  z.object({ action: z.literal('delete'), applicationIds: ApplicationIds }).strict(),
]);
export type ApplicationBulkInput = z.infer<typeof ApplicationBulkInput>;

export const ApplicationBulkResult = z.object({ action: z.enum(['move', 'reject', 'tag', 'delete']), count: z.number().int() });

export const RejectionReason = z.object({
  id: Uuid,
  name: z.string(),
  kind: RejectionKind,
  position: z.number().int(),
  archived: z.boolean(),
});
export type RejectionReason = z.infer<typeof RejectionReason>;

export const RejectionReasonList = z.object({ reasons: z.array(RejectionReason) });
export type RejectionReasonList = z.infer<typeof RejectionReasonList>;

export const RejectionReasonsListInput = z.object({ includeArchived: z.boolean().default(false) }).strict();

export const RejectionReasonsSaveInput = z
  .object({
    /** The whole list in order: without an id a reason is new; a stored reason left out is archived. */
    reasons: z
      .array(
        z
          .object({
            id: Uuid.optional(),
            name: text(100).min(1, { message: 'Name the reason' }),
            kind: RejectionKind,
            archived: z.boolean().default(false),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();
export type RejectionReasonsSaveInput = z.infer<typeof RejectionReasonsSaveInput>;
