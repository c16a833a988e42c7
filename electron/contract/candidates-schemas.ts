// Candidates and their files as the contract carries them: profiles, drafts, patches, the table query,
// duplicates, merge, timeline and attachments. Runs anywhere; the renderer shows messages beside fields.
import { z } from 'zod';
import { FilePath, IsoDate, IsoDateTime, OptionalWebUrl, Uuid, text } from './common-schemas';
import { TimeZoneName } from './interview-schemas';
import { CANDIDATE_LIMITS } from './limits';
import { CardRating, RatingValue } from './rating-scale';

export { CANDIDATE_LIMITS } from './limits';

export const CANDIDATE_SOURCES = ['job_board', 'referral', 'walk_in', 'website', 'agency', 'other'] as const;
export const CandidateSource = z.enum(CANDIDATE_SOURCES);
export type CandidateSource = z.infer<typeof CandidateSource>;

const CandidateEmail = z.string().trim().max(CANDIDATE_LIMITS.email).pipe(z.email({ message: 'Enter a valid email address' }));
const CandidatePhone = text(CANDIDATE_LIMITS.phone)
  .min(1, { message: 'Enter a phone number' })
  .refine((phone) => (phone.match(/\d/g) ?? []).length >= 3, { message: 'A phone number needs at least three digits' });
const CandidateTag = text(CANDIDATE_LIMITS.tag).min(1, { message: 'A tag cannot be empty' });
const WebUrl = z.url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' }).max(CANDIDATE_LIMITS.url);

export const CandidateLink = z.object({ label: text(100).default(''), url: WebUrl }).strict();
export type CandidateLink = z.infer<typeof CandidateLink>;

/** Every field a user edits on a candidate, each with its default. */
export const CandidateFieldsShape = z.object({
  fullName: text(CANDIDATE_LIMITS.fullName).min(1, { message: 'Give the candidate a name' }),
  emails: z.array(CandidateEmail).max(CANDIDATE_LIMITS.emails, { message: 'List at most 10 email addresses' }).default([]),
  phones: z.array(CandidatePhone).max(CANDIDATE_LIMITS.phones, { message: 'List at most 10 phone numbers' }).default([]),
  location: text(CANDIDATE_LIMITS.location).default(''),
  linkedinUrl: OptionalWebUrl.default(''),
  portfolioUrl: OptionalWebUrl.default(''),
  links: z.array(CandidateLink).max(CANDIDATE_LIMITS.links, { message: 'List at most 20 links' }).default([]),
  /** Where they came from; `sourceDetail` names the job board, the referrer or the agency. */
  source: CandidateSource.default('other'),
  sourceDetail: text(CANDIDATE_LIMITS.sourceDetail).default(''),
  tags: z.array(CandidateTag).max(CANDIDATE_LIMITS.tags, { message: 'Use at most 50 tags' }).default([]),
  summary: z.string().trim().max(CANDIDATE_LIMITS.summary, { message: 'Keep the summary under 5000 characters' }).default(''),
  /** Keep their data until this day even when the retention rule says it is due (privacy rules); null when not set. */
  retentionUntil: IsoDate.nullable().default(null),
  /** Why they are kept until then ("Agreed to be considered for future roles"); empty when not said. */
  retentionReason: text(CANDIDATE_LIMITS.retentionReason).default(''),
  /** The day they agreed to be considered for future roles; null when they did not. */
  consentFutureRolesOn: IsoDate.nullable().default(null),
  /** How they were told about their data or agreed ("Signed the walk-in form", "Privacy notice on the careers page"). */
  consentNote: text(CANDIDATE_LIMITS.consentNote).default(''),
});

export const CandidateDraft = CandidateFieldsShape.strict();
export type CandidateDraft = z.input<typeof CandidateDraft>;

/** A new candidate, and optionally the role they apply to (its first stage, in the same transaction). */
export const CandidateCreateInput = CandidateFieldsShape.extend({ roleId: Uuid.optional() }).strict();
export type CandidateCreateInput = z.input<typeof CandidateCreateInput>;
export type CandidateFields = z.output<typeof CandidateDraft>;

/** Some fields of a candidate; lists (emails, phones, links, tags) are replaced whole. */
export const CandidatePatch = z
  .object({
    fullName: CandidateFieldsShape.shape.fullName,
    emails: z.array(CandidateEmail).max(CANDIDATE_LIMITS.emails),
    phones: z.array(CandidatePhone).max(CANDIDATE_LIMITS.phones),
    location: text(CANDIDATE_LIMITS.location),
    linkedinUrl: OptionalWebUrl,
    portfolioUrl: OptionalWebUrl,
    links: z.array(CandidateLink).max(CANDIDATE_LIMITS.links),
    source: CandidateSource,
    sourceDetail: text(CANDIDATE_LIMITS.sourceDetail),
    tags: z.array(CandidateTag).max(CANDIDATE_LIMITS.tags),
    summary: z.string().trim().max(CANDIDATE_LIMITS.summary),
    retentionUntil: IsoDate.nullable(),
    retentionReason: text(CANDIDATE_LIMITS.retentionReason),
    consentFutureRolesOn: IsoDate.nullable(),
    consentNote: text(CANDIDATE_LIMITS.consentNote),
  })
  .partial()
  .strict();
export type CandidatePatch = z.infer<typeof CandidatePatch>;

/** `sample`: made by sample:load (still sample after the owner edits it); sample:remove deletes it. */
export const Candidate = CandidateFieldsShape.extend({ id: Uuid, createdAt: IsoDateTime, updatedAt: IsoDateTime, sample: z.boolean() });
export type Candidate = z.infer<typeof Candidate>;

export const ATTACHMENT_KINDS = ['resume', 'cover_letter', 'other'] as const;
export const AttachmentKind = z.enum(ATTACHMENT_KINDS);
export type AttachmentKind = z.infer<typeof AttachmentKind>;

export const ATTACHMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'image/png',
  'image/jpeg',
] as const;
export const AttachmentMimeType = z.enum(ATTACHMENT_MIME_TYPES);
export type AttachmentMimeType = z.infer<typeof AttachmentMimeType>;

/** A stored file's facts (not its bytes; attachments:content gives those). */
export const AttachmentMeta = z.object({
  id: Uuid,
  candidateId: Uuid,
  kind: AttachmentKind,
  /** The name it was added with, for display only: the file is stored by its sha256. */
  fileName: z.string(),
  mimeType: AttachmentMimeType,
  sizeBytes: z.number().int(),
  sha256: z.string(),
  /** Whether text was found for search (false for images and unreadable files). */
  hasText: z.boolean(),
  /** Why no text was found, when reading failed; empty otherwise. */
  extractionNote: z.string(),
  createdAt: IsoDateTime,
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

const FilterStatus = z.enum(['active', 'hired', 'rejected', 'withdrawn']);

/** One of the candidate's applications, for the profile header. */
export const CandidateApplicationSummary = z.object({
  id: Uuid,
  roleId: Uuid,
  roleTitle: z.string(),
  stageId: Uuid,
  stageName: z.string(),
  status: FilterStatus,
  /** The owner's own rating (1 Strong no … 4 Strong yes), or null. */
  rating: RatingValue.nullable(),
  /** What the board's card shows for it (scorecards' average, else the owner's rating). */
  cardRating: CardRating,
  stageEnteredAt: IsoDateTime,
  createdAt: IsoDateTime,
});
export type CandidateApplicationSummary = z.infer<typeof CandidateApplicationSummary>;

/** A candidate with their files and applications: the profile page. */
export const CandidateProfile = Candidate.extend({
  attachments: z.array(AttachmentMeta),
  applications: z.array(CandidateApplicationSummary),
  /** When the person was anonymised (candidates:anonymise), else null: the record then holds nothing personal. */
  anonymisedAt: IsoDateTime.nullable(),
});
export type CandidateProfile = z.infer<typeof CandidateProfile>;

export const DUPLICATE_REASONS = ['email', 'phone', 'name'] as const;
export const DuplicateReason = z.enum(DUPLICATE_REASONS);
export type DuplicateReason = z.infer<typeof DuplicateReason>;

/** Another candidate who may be the same person, and why. */
export const DuplicateMatch = z.object({
  candidateId: Uuid,
  fullName: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  reasons: z.array(DuplicateReason),
  /** Name similarity, 0..1 (1 = the same name once accents, case, punctuation and word order are ignored). */
  nameScore: z.number(),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;

export const CandidateCreateResult = z.object({ candidate: CandidateProfile, duplicates: z.array(DuplicateMatch) });
export type CandidateCreateResult = z.infer<typeof CandidateCreateResult>;

export const CandidateUpdateInput = z
  .object({
    id: Uuid,
    patch: CandidatePatch,
    /** When given, the update is refused with `conflict` if the candidate changed since. */
    expectedUpdatedAt: IsoDateTime.optional(),
  })
  .strict();
export type CandidateUpdateInput = z.infer<typeof CandidateUpdateInput>;

export const CANDIDATE_SORTS = ['name', 'added', 'updated', 'rating'] as const;
export const CandidateSort = z.enum(CANDIDATE_SORTS);
export type CandidateSort = z.infer<typeof CandidateSort>;

export const CandidateListQuery = z
  .object({
    /** Words to find (prefix) in names, emails, phone numbers, tags, resume text, notes and interview notes. */
    search: z.string().max(200).default(''),
    /** Only people who applied to this role (and, with stageId/status, are there). */
    roleId: Uuid.optional(),
    stageId: Uuid.optional(),
    status: FilterStatus.optional(),
    source: CandidateSource.optional(),
    tag: CandidateTag.optional(),
    /** Best own rating on any of their applications is at least this (1 Strong no … 4 Strong yes). */
    ratingMin: RatingValue.optional(),
    /** Added on or after / on or before these days (UTC). */
    addedFrom: IsoDate.optional(),
    addedTo: IsoDate.optional(),
    sort: CandidateSort.default('added'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    /** Where the page starts in the list (the first row is 0). */
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(CANDIDATE_LIMITS.pageSize).default(100),
    /**
     * The candidate on the row just before the page (the last row of the page before, when the caller holds
     * it): the page is then found by seeking past that row's place in the sort instead of counting `offset`
     * rows, and holds the same rows. Left out, or no longer stored, the page starts at `offset`.
     */
    afterId: Uuid.optional(),
  })
  .strict();
export type CandidateListQuery = z.input<typeof CandidateListQuery>;

/** The candidates table's search and filters, without sort or page: what candidates:count counts. */
export const CandidateCountQuery = CandidateListQuery.omit({ sort: true, direction: true, offset: true, limit: true, afterId: true });
export type CandidateCountQuery = z.input<typeof CandidateCountQuery>;
export const CandidateCount = z.object({ total: z.number().int() });
export type CandidateCount = z.infer<typeof CandidateCount>;

/** One line of the candidates table: light enough for 100,000 rows paged through a virtual list. */
export const CandidateRow = z.object({
  id: Uuid,
  fullName: z.string(),
  email: z.string(),
  phone: z.string(),
  location: z.string(),
  source: CandidateSource,
  tags: z.array(z.string()),
  /** Best own rating on any application (1 Strong no … 4 Strong yes), or null. */
  rating: RatingValue.nullable(),
  applicationCount: z.number().int(),
  /** Their applications for the Roles column: active ones first, then hired, then the closed ones; newest first within each. */
  applications: z.array(z.object({ roleTitle: z.string(), stageName: z.string(), status: FilterStatus })),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** A sample person (sample:load); shown with a "Sample" badge. */
  sample: z.boolean(),
});
export type CandidateRow = z.infer<typeof CandidateRow>;

/**
 * One page and how many match. With a search, counting stops a little past the page (candidates:list's
 * COUNT_AHEAD): `total` is then a lower bound and `totalExact` false ("1,300+"); candidates:count counts all.
 */
export const CandidateList = z.object({ rows: z.array(CandidateRow), total: z.number().int(), totalExact: z.boolean() });
export type CandidateList = z.infer<typeof CandidateList>;

export const CandidateDuplicatesInput = z.union([
  z.object({ candidateId: Uuid }).strict(),
  z
    .object({
      draft: z
        .object({
          fullName: text(CANDIDATE_LIMITS.fullName).default(''),
          emails: z.array(z.string().trim().max(254)).max(CANDIDATE_LIMITS.emails).default([]),
          phones: z.array(text(50)).max(CANDIDATE_LIMITS.phones).default([]),
        })
        .strict(),
    })
    .strict(),
]);
export type CandidateDuplicatesInput = z.input<typeof CandidateDuplicatesInput>;

export const CandidateDuplicates = z.object({ matches: z.array(DuplicateMatch) });
export type CandidateDuplicates = z.infer<typeof CandidateDuplicates>;

export const CandidateMergeInput = z
  .object({ keepId: Uuid, mergeId: Uuid })
  .strict()
  .refine((value) => value.keepId !== value.mergeId, { message: 'Pick two different candidates to merge', path: ['mergeId'] });
export type CandidateMergeInput = z.infer<typeof CandidateMergeInput>;

export const CandidateMergeResult = z.object({
  candidate: CandidateProfile,
  moved: z.object({
    /** Applications re-homed to the kept candidate. */
    applications: z.number().int(),
    /** Applications to a role both had applied to, folded into the kept one. */
    combined: z.number().int(),
    attachments: z.number().int(),
    notes: z.number().int(),
    stageEvents: z.number().int(),
  }),
});
export type CandidateMergeResult = z.infer<typeof CandidateMergeResult>;

export const CandidateIdInput = z.object({ candidateId: Uuid }).strict();

/** One thing that happened, from the append-only activity log. */
export const TimelineEntry = z.object({
  id: Uuid,
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: IsoDateTime,
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const CandidateTimeline = z.object({ entries: z.array(TimelineEntry) });
export type CandidateTimeline = z.infer<typeof CandidateTimeline>;

export const AttachmentAddInput = z
  .object({
    candidateId: Uuid,
    kind: AttachmentKind.default('resume'),
    /** The file to keep; the core reads it (an ordinary file of at most 20 MB). */
    path: FilePath,
    /** Shown in the list (the file's own name when absent); never used as a path. */
    fileName: text(255).min(1, { message: 'The file needs a name' }).optional(),
  })
  .strict();
export type AttachmentAddInput = z.input<typeof AttachmentAddInput>;

/** Contact details found in a file's text, offered for the owner to confirm (nothing is saved). */
export const AttachmentSuggestions = z.object({
  fullName: z.string().optional(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  links: z.array(z.string()),
});
export type AttachmentSuggestions = z.infer<typeof AttachmentSuggestions>;

export const AttachmentAddResult = z.object({
  attachment: AttachmentMeta,
  suggestions: AttachmentSuggestions,
  /** Set when the file was stored but its text could not be read. */
  warning: z.string().nullable(),
});
export type AttachmentAddResult = z.infer<typeof AttachmentAddResult>;

export const AttachmentContent = z.object({
  mimeType: AttachmentMimeType,
  base64: z.string(),
  fileName: z.string(),
  /** For Word and text files: the text read from the file, which the preview shows. */
  text: z.string().optional(),
});
export type AttachmentContent = z.infer<typeof AttachmentContent>;

/** The text read from a stored file (empty when none could be read), e.g. a résumé beside interview mode. */
export const AttachmentText = z.object({ id: Uuid, fileName: z.string(), text: z.string(), note: z.string() });
export type AttachmentText = z.infer<typeof AttachmentText>;

/** "Export everything about this person": one zip at `path` (a new file; an existing one only with `replace`). */
export const CandidateExportPersonInput = z
  .object({
    id: Uuid,
    /** The archive to write, in a folder the owner chose (the folder dialog) or named on the command line. */
    path: FilePath,
    replace: z.boolean().default(false),
    /** The zone the summary's times are written in (interviews keep the zone they were booked in); default: this computer's. */
    timeZone: TimeZoneName.optional(),
  })
  .strict();
export type CandidateExportPersonInput = z.input<typeof CandidateExportPersonInput>;

/** What the archive holds, counted. */
export const CandidateExportPersonResult = z.object({
  /** The archive written (absolute). */
  path: z.string(),
  bytes: z.number().int(),
  fullName: z.string(),
  applications: z.number().int(),
  notes: z.number().int(),
  interviews: z.number().int(),
  scorecards: z.number().int(),
  activity: z.number().int(),
  /** Files put in the archive's files/ folder. */
  files: z.number().int(),
  /** Files the database lists but the data folder no longer has (so not in the archive). */
  missingFiles: z.array(z.string()),
});
export type CandidateExportPersonResult = z.infer<typeof CandidateExportPersonResult>;
