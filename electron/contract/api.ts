// The contract: for each channel its input and output schema and what it does; for each event
// its payload. Runs anywhere. `satisfies` makes a missing or extra channel a compile error.
import { z } from 'zod';
import type { Channel, EventName } from './channels';
import { EmptyInput, IdInput } from './common-schemas';
import { Company, CompanyUpdateInput } from './company-schemas';
import { AppInfo, DataChanged, SampleLoadResult } from './app-schemas';
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
  PostingProgress,
} from './posting-schemas';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  doc: string;
}

export const contract = {
  'app:info': { input: EmptyInput, output: AppInfo, doc: 'Version, data folder and database file of this install.' },
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
  'postings:batch-pdf': {
    input: BatchPdfInput,
    output: BatchPdfResult,
    doc: 'PDFs of every open role into a folder, with postings:progress events; postings:cancel stops it.',
  },
  'postings:cancel': { input: BatchCancelInput, output: BatchCancelResult, doc: 'Stop a running batch PDF job after the role it is printing.' },
  'careers:export': {
    input: CareersExportInput,
    output: CareersExport,
    doc: 'Write a static careers site (index, one page per open role with JSON-LD, a stylesheet) into an empty folder.',
  },
} as const satisfies Record<Channel, ChannelSpec>;

export const events = {
  'data:changed': DataChanged,
  /** File → New Role (CmdOrCtrl+N) in the application menu: the renderer opens a new role form. */
  'menu:new-role': z.object({}),
  /** A batch PDF job moved on: `done` of `total` roles handled. */
  'postings:progress': PostingProgress,
} as const satisfies Record<EventName, z.ZodType>;

/** What a caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
