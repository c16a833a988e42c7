// Interviews as the contract carries them: scheduling, the .ics file, the interview kit per role,
// scorecards (one per interviewer per interview) with their notes, and the summary on a candidate's
// page. Runs anywhere.
import { z } from 'zod';
import { IsoDateTime, Uuid, text } from './common-schemas';
import { ApplicationStatus } from './pipeline-schemas';
import { RatingValue } from './rating-scale';

export const INTERVIEW_KINDS = ['phone', 'video', 'onsite'] as const;
export const InterviewKind = z.enum(INTERVIEW_KINDS);
export type InterviewKind = z.infer<typeof InterviewKind>;

/** scheduled → completed (every scorecard submitted, or marked done) or cancelled. */
export const INTERVIEW_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export const InterviewStatus = z.enum(INTERVIEW_STATUSES);
export type InterviewStatus = z.infer<typeof InterviewStatus>;

/** The overall call at the end of an interview; there is deliberately no "maybe". */
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes', 'no_decision'] as const;
export const Recommendation = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof Recommendation>;

/** A kit item is either a rated criterion (with an optional question to ask) or a plain question. */
export const KIT_ITEM_KINDS = ['criterion', 'question'] as const;
export const KitItemKind = z.enum(KIT_ITEM_KINDS);
export type KitItemKind = z.infer<typeof KitItemKind>;

/** Where a kit item came from: a requirement item of the role's description, or the owner. */
export const KIT_ITEM_SOURCES = ['requirement', 'owner'] as const;
export const KitItemSource = z.enum(KIT_ITEM_SOURCES);
export type KitItemSource = z.infer<typeof KitItemSource>;

export const INTERVIEW_LIMITS = {
  interviewers: 10,
  interviewerName: 100,
  location: 500,
  minMinutes: 5,
  maxMinutes: 480,
  kitItems: 100,
  kitLabel: 300,
  kitQuestion: 1000,
  notes: 200_000,
  takeaways: 10_000,
  list: 1000,
} as const;

/**
 * An IANA time zone name such as "Europe/Berlin" or "America/Los_Angeles" (the owner's zone when the
 * interview was booked); the .ics file carries it so calendars show the right local time.
 */
export const TimeZoneName = z
  .string()
  .trim()
  .min(1, { message: 'Choose a time zone' })
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'Unknown time zone' },
  );

const InterviewerName = text(INTERVIEW_LIMITS.interviewerName).min(1, { message: 'Give the interviewer a name' });
const Minutes = z
  .number()
  .int({ message: 'Use whole minutes' })
  .min(INTERVIEW_LIMITS.minMinutes, { message: `At least ${INTERVIEW_LIMITS.minMinutes} minutes` })
  .max(INTERVIEW_LIMITS.maxMinutes, { message: 'At most 8 hours' });
/** 1 = strong no … 4 = strong yes; null = not assessed. Four points, no neutral middle. */
export const CriterionRating = RatingValue.nullable();

export const Interviewer = z.object({ id: Uuid, name: z.string(), position: z.number().int() });
export type Interviewer = z.infer<typeof Interviewer>;

export const Interview = z.object({
  id: Uuid,
  applicationId: Uuid,
  candidateId: Uuid,
  candidateName: z.string(),
  roleId: Uuid,
  roleTitle: z.string(),
  /** The application's current stage name and status, for the lists. */
  stageName: z.string(),
  applicationStatus: ApplicationStatus,
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  durationMinutes: z.number().int(),
  timeZone: z.string(),
  kind: InterviewKind,
  /** A place for on-site interviews, a link or phone number otherwise. */
  location: z.string(),
  interviewers: z.array(Interviewer),
  status: InterviewStatus,
  /** Scorecards submitted / interviewers. */
  scorecardsSubmitted: z.number().int(),
  /** True when the interview has started (or is over), is not cancelled, and a scorecard is still missing. */
  awaitingFeedback: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Interview = z.infer<typeof Interview>;

export const InterviewList = z.object({ interviews: z.array(Interview) });
export type InterviewList = z.infer<typeof InterviewList>;

export const InterviewListQuery = z
  .object({
    /** Starts at or after this instant. */
    from: IsoDateTime.optional(),
    /** Starts before this instant. */
    to: IsoDateTime.optional(),
    candidateId: Uuid.optional(),
    applicationId: Uuid.optional(),
    roleId: Uuid.optional(),
    statuses: z.array(InterviewStatus).max(3).optional(),
    /** Only interviews awaiting feedback (see Interview.awaitingFeedback). */
    awaitingFeedback: z.boolean().optional(),
    /** Order by start: ascending (default) or descending. */
    order: z.enum(['asc', 'desc']).default('asc'),
    limit: z.number().int().min(1).max(INTERVIEW_LIMITS.list).default(200),
  })
  .strict();
export type InterviewListQuery = z.infer<typeof InterviewListQuery>;

export const InterviewScheduleInput = z
  .object({
    applicationId: Uuid,
    startsAt: IsoDateTime,
    durationMinutes: Minutes.default(45),
    timeZone: TimeZoneName,
    kind: InterviewKind,
    location: text(INTERVIEW_LIMITS.location).default(''),
    interviewers: z
      .array(InterviewerName)
      .min(1, { message: 'Add at least one interviewer' })
      .max(INTERVIEW_LIMITS.interviewers, { message: `At most ${INTERVIEW_LIMITS.interviewers} interviewers` }),
  })
  .strict();
export type InterviewScheduleInput = z.infer<typeof InterviewScheduleInput>;

export const InterviewUpdateInput = z
  .object({
    id: Uuid,
    startsAt: IsoDateTime.optional(),
    durationMinutes: Minutes.optional(),
    timeZone: TimeZoneName.optional(),
    kind: InterviewKind.optional(),
    location: text(INTERVIEW_LIMITS.location).optional(),
    /** The whole list, matched by name (ignoring case): names already there keep their scorecards; a removed
     * name may only have an untouched scorecard (it is dropped), else the update is refused ('conflict'). */
    interviewers: z.array(InterviewerName).min(1, { message: 'Add at least one interviewer' }).max(INTERVIEW_LIMITS.interviewers).optional(),
    status: InterviewStatus.optional(),
  })
  .strict();
export type InterviewUpdateInput = z.infer<typeof InterviewUpdateInput>;

export const InterviewIdInput = z.object({ id: Uuid }).strict();

/** An .ics calendar file (one VEVENT with its time zone) to add to any calendar or attach to an email. */
export const InterviewIcs = z.object({ fileName: z.string(), mimeType: z.literal('text/calendar'), content: z.string() });
export type InterviewIcs = z.infer<typeof InterviewIcs>;

export const KitItem = z.object({
  id: Uuid,
  kind: KitItemKind,
  /** The criterion ("Two years of espresso bar experience") or, for a question item, the question. */
  label: z.string(),
  /** For a criterion: the question that probes it (may be empty). */
  question: z.string(),
  source: KitItemSource,
  position: z.number().int(),
});
export type KitItem = z.infer<typeof KitItem>;

export const Kit = z.object({
  roleId: Uuid,
  roleTitle: z.string(),
  items: z.array(KitItem),
  /** Requirement items of the role's description that are not yet criteria in the kit. */
  newRequirements: z.array(z.string()),
});
export type Kit = z.infer<typeof Kit>;

export const KitRoleInput = z.object({ roleId: Uuid }).strict();

export const KitSaveInput = z
  .object({
    roleId: Uuid,
    /** The whole kit in order: without an id an item is new; a stored item left out is removed from the kit
     * (scorecards that rated it keep their rating and its label). */
    items: z
      .array(
        z
          .object({
            id: Uuid.optional(),
            kind: KitItemKind,
            label: text(INTERVIEW_LIMITS.kitLabel).min(1, { message: 'Write the criterion or question' }),
            question: text(INTERVIEW_LIMITS.kitQuestion).default(''),
          })
          .strict(),
      )
      .max(INTERVIEW_LIMITS.kitItems, { message: `At most ${INTERVIEW_LIMITS.kitItems} items` }),
  })
  .strict();
export type KitSaveInput = z.infer<typeof KitSaveInput>;

/** The printable kit, through the same printer as postings. */
export const KitPdf = z.object({ fileName: z.string(), base64: z.string(), pages: z.number().int().min(1) });
export type KitPdf = z.infer<typeof KitPdf>;
export const KitHtml = z.object({ html: z.string() });

export const ScorecardRating = z.object({
  criterionId: Uuid,
  /** The criterion's label when it was rated (kept if the kit changes later). */
  label: z.string(),
  rating: CriterionRating,
});
export type ScorecardRating = z.infer<typeof ScorecardRating>;

export const Scorecard = z.object({
  id: Uuid,
  interviewId: Uuid,
  interviewerId: Uuid,
  interviewerName: z.string(),
  /** One entry per criterion of the kit (rating null until assessed), then any rated criteria since removed. */
  ratings: z.array(ScorecardRating),
  notes: z.string(),
  recommendation: Recommendation.nullable(),
  takeaways: z.string(),
  /** Seconds the interview timer ran (kept across reopenings). */
  elapsedSeconds: z.number().int().min(0),
  submittedAt: IsoDateTime.nullable(),
  updatedAt: IsoDateTime,
});
export type Scorecard = z.infer<typeof Scorecard>;

/** Everything interview mode shows: the interview, the kit and the interviewer's scorecards. */
export const InterviewDetail = z.object({
  interview: Interview,
  kit: z.array(KitItem),
  scorecards: z.array(Scorecard),
  candidate: z.object({
    id: Uuid,
    fullName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    location: z.string(),
    summary: z.string(),
    tags: z.array(z.string()),
    /** The newest résumé, if any (open its text or PDF through the attachments channels). */
    resume: z.object({ attachmentId: Uuid, fileName: z.string(), mimeType: z.string(), hasText: z.boolean() }).nullable(),
  }),
});
export type InterviewDetail = z.infer<typeof InterviewDetail>;

/** Open (creating if needed) the scorecard of one interviewer of an interview. */
export const ScorecardOpenInput = z.object({ interviewId: Uuid, interviewerId: Uuid }).strict();

/** A patch: only the given fields change, in one transaction. Sent debounced while typing. */
export const ScorecardSaveInput = z
  .object({
    scorecardId: Uuid,
    /** Only the criteria given change; a null rating means "not assessed" (the stored rating is removed). */
    ratings: z.array(z.object({ criterionId: Uuid, rating: CriterionRating }).strict()).max(INTERVIEW_LIMITS.kitItems).optional(),
    notes: z.string().max(INTERVIEW_LIMITS.notes, { message: 'These notes are too long to save (200,000 characters at most)' }).optional(),
    recommendation: Recommendation.nullable().optional(),
    takeaways: z.string().max(INTERVIEW_LIMITS.takeaways, { message: 'Keep the take-aways under 10,000 characters' }).optional(),
    elapsedSeconds: z.number().int().min(0).max(86_400).optional(),
  })
  .strict();
export type ScorecardSaveInput = z.infer<typeof ScorecardSaveInput>;

export const ScorecardSaved = z.object({ scorecardId: Uuid, updatedAt: IsoDateTime });

/** Submitting needs a recommendation ('no_decision' counts); saving after submitting is allowed. */
export const ScorecardIdInput = z.object({ scorecardId: Uuid }).strict();

/** All interviews and scorecards of a candidate, summarized for the candidate's page. */
export const ScorecardSummary = z.object({
  candidateId: Uuid,
  interviews: z.array(Interview),
  /** Each criterion (by label) across interviewers. */
  criteria: z.array(
    z.object({
      label: z.string(),
      roleTitle: z.string(),
      ratings: z.array(z.object({ interviewerName: z.string(), interviewId: Uuid, rating: CriterionRating })),
      /** Mean of the assessed ratings (1–4), null when nobody assessed it. */
      average: z.number().nullable(),
    }),
  ),
  recommendations: z.array(
    z.object({ interviewId: Uuid, interviewerName: z.string(), recommendation: Recommendation.nullable(), takeaways: z.string(), submittedAt: IsoDateTime.nullable() }),
  ),
  notes: z.array(z.object({ interviewId: Uuid, interviewerName: z.string(), startsAt: IsoDateTime, notes: z.string() })),
});
export type ScorecardSummary = z.infer<typeof ScorecardSummary>;
