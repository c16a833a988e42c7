// The contract: for each channel its input and output schema and what it does; for each event
// its payload. Runs anywhere. `satisfies` makes a missing or extra channel a compile error.
import { z } from 'zod';
import type { Channel, EventName } from './channels';
import { EmptyInput, IdInput } from './common-schemas';
import { Company, CompanyUpdateInput } from './company-schemas';
import { AppInfo, ChooseFileInput, ChooseFileResult, ChooseFolderInput, ChooseFolderResult, DataChanged, SampleLoadResult } from './app-schemas';
import { Role, RoleDraft, RoleList, RoleListQuery, RoleUpdateInput } from './roles-schemas';
import {
  DescriptionSaveInput,
  JdCheckRequest,
  JdImportInput,
  JdImportResult,
  JdParseInput,
  JdParseResult,
  Revision,
  RevisionCompareInput,
  RevisionComparison,
  RevisionCreateInput,
  RevisionList,
  RevisionSummary,
  RoleDescription,
  RoleIdInput,
  TemplateDetail,
  TemplateIdInput,
  TemplateList,
  TemplateListInput,
  TemplateSaveInput,
  TemplateSummary,
  TemplateUseInput,
  TemplateUseResult,
} from './description-schemas';
import { JdCheckResult } from './jd-check-schemas';
import {
  Interview,
  InterviewDetail,
  InterviewIcs,
  InterviewIdInput,
  InterviewList,
  InterviewListQuery,
  InterviewScheduleInput,
  InterviewUpdateInput,
  Kit,
  KitHtml,
  KitPdf,
  KitRoleInput,
  KitSaveInput,
  Scorecard,
  ScorecardIdInput,
  ScorecardOpenInput,
  ScorecardSaved,
  ScorecardSaveInput,
  ScorecardSummary,
} from './interview-schemas';
import {
  AttachmentAddInput,
  AttachmentAddResult,
  AttachmentContent,
  AttachmentText,
  CandidateCreateResult,
  CandidateDraft,
  CandidateDuplicates,
  CandidateDuplicatesInput,
  CandidateIdInput,
  CandidateList,
  CandidateListQuery,
  CandidateMergeInput,
  CandidateMergeResult,
  CandidateProfile,
  CandidateTimeline,
  CandidateUpdateInput,
} from './candidates-schemas';
import {
  BatchCancelInput,
  BatchCancelResult,
  BatchPdfInput,
  BatchPdfResult,
  CareersExport,
  CareersExportInput,
  PostingCheck,
  PostingCheckInput,
  PostingExport,
  PostingExportInput,
  PostingHtml,
  PostingHtmlInput,
  PostingPdf,
  PostingPdfInput,
  PostingPrintInput,
  PostingPrintResult,
  PostingProgress,
} from './posting-schemas';
import {
  Application,
  ApplicationBulkInput,
  ApplicationBulkResult,
  ApplicationIdInput,
  ApplicationList,
  ApplicationMoveInput,
  ApplicationNote,
  ApplicationNoteAddInput,
  ApplicationNoteList,
  ApplicationRateInput,
  ApplicationReactivateInput,
  ApplicationRejectInput,
  ApplicationsCreateInput,
  Pipeline,
  PipelineUpdateInput,
  RejectionReasonList,
  RejectionReasonsListInput,
  RejectionReasonsSaveInput,
  RoleIdOnly,
  StageHistory,
} from './pipeline-schemas';
import {
  ApplicationExportInput,
  CandidateExportFile,
  CandidateExportInput,
  ImportCancelInput,
  ImportCancelResult,
  ImportInput,
  ImportPreview,
  ImportPreviewInput,
  ImportProgress,
  ImportResult,
} from './import-export-schemas';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  doc: string;
}

export const contract = {
  'app:info': { input: EmptyInput, output: AppInfo, doc: 'Version, data folder and database file of this install.' },
  'app:choose-folder': {
    input: ChooseFolderInput,
    output: ChooseFolderResult,
    doc: "Ask the person to pick (or create) a folder with the system's folder dialog; null when cancelled (desktop app only).",
  },
  'app:choose-file': {
    input: ChooseFileInput,
    output: ChooseFileResult,
    doc: "Ask the person to pick a file (or several) with the system's open dialog; Hirebook may then read them (desktop app only).",
  },
  'company:get': { input: EmptyInput, output: Company, doc: 'The company profile used on postings.' },
  'company:update': { input: CompanyUpdateInput, output: Company, doc: 'Change some fields of the company profile.' },
  'roles:list': { input: RoleListQuery, output: RoleList, doc: 'Roles filtered by status and archive state, searched by title, sorted.' },
  'roles:get': { input: IdInput, output: Role, doc: 'One role by id.' },
  'roles:create': { input: RoleDraft, output: Role, doc: 'Create a role; missing fields take their defaults.' },
  'roles:update': { input: RoleUpdateInput, output: Role, doc: 'Change some fields of a role; the result must still be valid.' },
  'roles:duplicate': { input: IdInput, output: Role, doc: 'Copy a role as a new draft.' },
  'roles:archive': { input: IdInput, output: Role, doc: 'Hide a role from the active list without deleting it.' },
  'roles:restore': { input: IdInput, output: Role, doc: 'Bring an archived role back to the active list.' },
  'roles:delete': { input: IdInput, output: z.object({ id: z.string() }), doc: 'Delete a role for good.' },
  'sample:load': { input: EmptyInput, output: SampleLoadResult, doc: 'Add a believable small business: a company profile and roles.' },
  'descriptions:get': { input: RoleIdInput, output: RoleDescription, doc: "A role's job description: its sections in order, sanitized." },
  'descriptions:save': {
    input: DescriptionSaveInput,
    output: RoleDescription,
    doc: 'Replace the whole ordered list of sections (autosave); keeps a revision after a pause in editing.',
  },
  'revisions:list': { input: RoleIdInput, output: RevisionList, doc: "A role's kept revisions, newest first, without their content." },
  'revisions:get': { input: IdInput, output: Revision, doc: 'One revision with its sections, for preview.' },
  'revisions:create': { input: RevisionCreateInput, output: RevisionSummary, doc: 'Keep the current description as a revision now, with an optional label.' },
  'revisions:restore': {
    input: IdInput,
    output: RoleDescription,
    doc: 'Make a revision the current description; the current one is kept as a revision first.',
  },
  'revisions:compare': { input: RevisionCompareInput, output: RevisionComparison, doc: 'Word diff of two revisions, or of a revision and the current description.' },
  'templates:list': { input: TemplateListInput, output: TemplateList, doc: "The owner's templates and the built-in gallery, searched by words." },
  'templates:get': { input: TemplateIdInput, output: TemplateDetail, doc: 'One template with its role fields and sections, for preview.' },
  'templates:save-from-role': { input: TemplateSaveInput, output: TemplateSummary, doc: "Save a role's fields and description as one of the owner's templates." },
  'templates:delete': { input: TemplateIdInput, output: z.object({ id: z.string() }), doc: "Delete one of the owner's templates (built-in ones cannot be deleted)." },
  'templates:use': {
    input: TemplateUseInput,
    output: TemplateUseResult,
    doc: "Start a new role from a template, or replace a role's description with it (keeping a revision).",
  },
  'jd:parse': { input: JdParseInput, output: JdParseResult, doc: 'Read pasted text or a file into title, fields and sections for review; saves nothing.' },
  'jd:import': {
    input: JdImportInput,
    output: JdImportResult,
    doc: "Save a reviewed parse as a new role, or as an existing role's description (keeping a revision).",
  },
  'jd:check': { input: JdCheckRequest, output: JdCheckResult, doc: 'Run the quality coach on a role (stored or given sections) or on an unsaved draft.' },
  'postings:html': {
    input: PostingHtmlInput,
    output: PostingHtml,
    doc: 'The self-contained HTML document of a posting (classic or flyer): the exact page that is printed, for preview.',
  },
  'postings:export': { input: PostingExportInput, output: PostingExport, doc: 'A posting as Markdown, plain text for job boards, HTML, or schema.org JSON-LD.' },
  'postings:pdf': { input: PostingPdfInput, output: PostingPdf, doc: "A posting printed to PDF on the company's paper size (needs the PDF printer)." },
  'postings:check': { input: PostingCheckInput, output: PostingCheck, doc: "What search engines need for the role's JSON-LD that is still missing, with the field to fill." },
  'postings:print': {
    input: PostingPrintInput,
    output: PostingPrintResult,
    doc: "Print a posting with the system print dialog (desktop app only); printed is false when the person cancelled.",
  },
  'postings:batch-pdf': {
    input: BatchPdfInput,
    output: BatchPdfResult,
    doc: 'PDFs of every open role into a folder, with postings:progress events; postings:cancel stops it. Never replaces a file it did not write: that PDF takes a free name.',
  },
  'postings:cancel': { input: BatchCancelInput, output: BatchCancelResult, doc: 'Stop a running batch PDF job after the role it is printing.' },
  'careers:export': {
    input: CareersExportInput,
    output: CareersExport,
    doc: 'Write a static careers site (index, one page per open role with JSON-LD, a stylesheet) into an empty folder or over its own earlier export.',
  },
  'candidates:create': {
    input: CandidateDraft,
    output: CandidateCreateResult,
    doc: 'Add a candidate; also lists people who may be the same (same email, phone or a very similar name).',
  },
  'candidates:get': { input: IdInput, output: CandidateProfile, doc: 'One candidate with their files and applications (the profile page).' },
  'candidates:update': { input: CandidateUpdateInput, output: CandidateProfile, doc: 'Change some fields of a candidate; lists are replaced whole.' },
  'candidates:delete': {
    input: IdInput,
    output: z.object({ id: z.string() }),
    doc: 'Delete a candidate for good, with their applications, files and history.',
  },
  'candidates:list': {
    input: CandidateListQuery,
    output: CandidateList,
    doc: 'One page of the candidates table: searched, filtered by role, stage, status, source, tag, rating and date, sorted.',
  },
  'candidates:duplicates': {
    input: CandidateDuplicatesInput,
    output: CandidateDuplicates,
    doc: 'People who may be the same as a stored candidate or a draft, with the reasons (email, phone, name).',
  },
  'candidates:merge': {
    input: CandidateMergeInput,
    output: CandidateMergeResult,
    doc: 'Merge two records of one person: every application, note, file and history event moves to the kept one.',
  },
  'candidates:timeline': { input: CandidateIdInput, output: CandidateTimeline, doc: 'Everything that happened to a candidate and their applications, newest first.' },
  'attachments:add': {
    input: AttachmentAddInput,
    output: AttachmentAddResult,
    doc: "Keep a PDF, DOCX, TXT or image file (given by its path) on a candidate (up to 20 MB); its text is made searchable and contact details found in it are suggested.",
  },
  'attachments:content': { input: IdInput, output: AttachmentContent, doc: "A stored file's bytes (base64) and type, for the in-app preview." },
  'attachments:text': { input: IdInput, output: AttachmentText, doc: 'The text read from a stored file (for reading a résumé beside interview mode).' },
  'attachments:delete': { input: IdInput, output: z.object({ id: z.string() }), doc: 'Remove a file from a candidate.' },
  'pipeline:get': { input: RoleIdOnly, output: Pipeline, doc: "A role's board: its stages in order with card counts, and every active (and hired) card." },
  'pipeline:update-stages': {
    input: PipelineUpdateInput,
    output: Pipeline,
    doc: "Rename, reorder, add and remove a role's stages; applications in removed stages move to moveRemovedTo.",
  },
  'applications:create': { input: ApplicationsCreateInput, output: ApplicationList, doc: 'Add a candidate to one or more roles, in the first stage (or the given one).' },
  'applications:move': {
    input: ApplicationMoveInput,
    output: Application,
    doc: 'Move a card to a stage (recording the move in its history) or to another place in its column.',
  },
  'applications:reject': { input: ApplicationRejectInput, output: ApplicationList, doc: 'Reject (or mark withdrawn) with a typed reason; the cards leave the board.' },
  'applications:hire': { input: ApplicationIdInput, output: Application, doc: "Mark an application hired: it moves to the role's hired stage." },
  'applications:reactivate': {
    input: ApplicationReactivateInput,
    output: Application,
    doc: 'Bring a rejected, withdrawn or hired application back to the board, in its last stage or the given one.',
  },
  'applications:rate': { input: ApplicationRateInput, output: Application, doc: 'Rate an application from 1 to 5, or clear the rating with null.' },
  'applications:note-add': { input: ApplicationNoteAddInput, output: ApplicationNote, doc: 'Add a note to an application.' },
  'applications:notes': { input: ApplicationIdInput, output: ApplicationNoteList, doc: "An application's notes, newest first." },
  'applications:history': { input: ApplicationIdInput, output: StageHistory, doc: "An application's stage moves, with the time spent in each stage." },
  'applications:bulk': {
    input: ApplicationBulkInput,
    output: ApplicationBulkResult,
    doc: 'Move, reject, tag or delete many applications at once; all or nothing.',
  },
  'rejection-reasons:list': { input: RejectionReasonsListInput, output: RejectionReasonList, doc: 'The rejection reasons (we rejected / they withdrew), in order.' },
  'rejection-reasons:save': {
    input: RejectionReasonsSaveInput,
    output: RejectionReasonList,
    doc: 'Save the edited list of rejection reasons: add, rename, reorder, archive (left-out reasons are archived).',
  },
  'candidates:import-preview': {
    input: ImportPreviewInput,
    output: ImportPreview,
    doc: 'Read a CSV file: separator, headers, the guessed column mapping and the first rows. Saves nothing.',
  },
  'candidates:import': {
    input: ImportInput,
    output: ImportResult,
    doc: 'Import candidates from CSV in batches, with candidates:import-progress events; reports every refused row by line.',
  },
  'candidates:import-cancel': { input: ImportCancelInput, output: ImportCancelResult, doc: 'Stop a running import after its current batch; finished batches are kept.' },
  'candidates:export': { input: CandidateExportInput, output: CandidateExportFile, doc: 'The candidates the table filters match, as a CSV file.' },
  'interviews:list': { input: InterviewListQuery, output: InterviewList, doc: 'Interviews in a time window or of a candidate, application or role, ordered by start.' },
  'interviews:get': { input: InterviewIdInput, output: InterviewDetail, doc: 'One interview with the kit, its scorecards and the candidate essentials (interview mode).' },
  'interviews:schedule': { input: InterviewScheduleInput, output: Interview, doc: 'Book an interview for an application: when, how long, kind, place or link, interviewers.' },
  'interviews:update': { input: InterviewUpdateInput, output: Interview, doc: 'Reschedule, change the details or interviewers, cancel or complete an interview.' },
  'interviews:ics': { input: InterviewIdInput, output: InterviewIcs, doc: 'The interview as an .ics calendar file (with its time zone).' },
  'kits:get': { input: KitRoleInput, output: Kit, doc: "A role's interview kit: criteria and questions, and requirements not yet in it." },
  'kits:generate': { input: KitRoleInput, output: Kit, doc: "Add one criterion per requirement item of the role's description that is not yet in the kit." },
  'kits:save': { input: KitSaveInput, output: Kit, doc: 'Replace the kit with this ordered list of criteria and questions.' },
  'kits:html': { input: KitRoleInput, output: KitHtml, doc: 'The printable kit as one self-contained HTML document.' },
  'kits:pdf': { input: KitRoleInput, output: KitPdf, doc: 'The printable kit as a PDF (same printer as postings).' },
  'kits:print': { input: KitRoleInput, output: PostingPrintResult, doc: 'Print the kit through the system print dialog.' },
  'scorecards:open': { input: ScorecardOpenInput, output: Scorecard, doc: "An interviewer's scorecard for an interview, created on first open." },
  'scorecards:save': { input: ScorecardSaveInput, output: ScorecardSaved, doc: 'Save part of a scorecard (ratings, notes, recommendation, take-aways, timer) in one transaction.' },
  'scorecards:submit': { input: ScorecardIdInput, output: Scorecard, doc: 'Mark a scorecard as submitted; the interview completes when every interviewer has submitted.' },
  'scorecards:summary': { input: CandidateIdInput, output: ScorecardSummary, doc: "All of a candidate's interviews and scorecards, summarized per criterion." },
  'applications:export': {
    input: ApplicationExportInput,
    output: CandidateExportFile,
    doc: 'Selected applications as a CSV file: the candidate columns plus role, stage, status, rating and days in stage.',
  },
} as const satisfies Record<Channel, ChannelSpec>;

export const events = {
  'data:changed': DataChanged,
  /** File → New Role (CmdOrCtrl+N) in the application menu: the renderer opens a new role form. */
  'menu:new-role': z.object({}),
  /** A batch PDF job moved on: `done` of `total` roles handled. */
  'postings:progress': PostingProgress,
  /** A CSV import moved on: `done` of `total` rows handled. */
  'candidates:import-progress': ImportProgress,
} as const satisfies Record<EventName, z.ZodType>;

/** What a caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
