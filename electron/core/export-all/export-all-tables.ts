// What "export everything" writes, table by table: every table that holds the owner's data, in an order
// where a table comes after the tables its ids point to, each described in plain words with its columns
// for README.txt. A column the database has but this list does not describe is still exported (and the
// test of this module fails, asking for its description). Pure data; runs anywhere.

export interface ExportTable {
  readonly name: string;
  readonly about: string;
  readonly columns: Readonly<Record<string, string>>;
}

const CREATED = 'when the row was created (UTC, ISO 8601)';
const UPDATED = 'when the row last changed (UTC, ISO 8601)';
const TIMES = { created_at: CREATED, updated_at: UPDATED } as const;

export const EXPORT_TABLES: readonly ExportTable[] = [
  {
    name: 'companies',
    about: 'Your company profile (one row, id "default"), used on postings.',
    columns: {
      id: 'always "default"',
      name: 'company name',
      website: 'web address',
      address_street: 'street',
      address_city: 'city',
      address_region: 'state, province or region',
      address_postal_code: 'postal code',
      address_country: 'country',
      default_currency: 'currency for new roles (ISO 4217 code, e.g. USD)',
      paper_size: 'paper size for PDFs: a4 or letter',
      logo_sha256: 'SHA-256 of the logo file; the logo itself is in files/ (see files.csv)',
      logo_mime_type: 'the logo file type (image/png, image/jpeg or image/webp)',
      retention_months: 'months after their last activity when rejected and withdrawn candidates are due for deletion (empty: never)',
      retention_action: 'what happens to them then: erase or anonymise',
      ...TIMES,
    },
  },
  {
    name: 'roles',
    about: 'The jobs you hire for.',
    columns: {
      id: 'the role id (other tables point here with role_id)',
      title: 'job title',
      department: 'department or team',
      location_street: 'workplace street',
      location_city: 'workplace city',
      location_region: 'workplace region',
      location_postal_code: 'workplace postal code',
      location_country: 'workplace country',
      workplace: 'onsite, hybrid or remote',
      remote_countries: 'for remote roles, the countries applicants may live in (a JSON array of names)',
      employment_type: 'full_time, part_time, contract, temporary, internship, volunteer, per_diem or other',
      salary_min: 'lowest pay (empty when not given)',
      salary_max: 'highest pay (empty when not given)',
      salary_currency: 'pay currency (ISO 4217 code)',
      salary_period: 'pay per hour, day, week, month or year',
      openings: 'how many people you hire',
      status: 'draft, open, on_hold, closed or filled',
      posted_on: 'date posted (YYYY-MM-DD)',
      closes_on: 'closing date (YYYY-MM-DD)',
      hiring_manager: 'hiring manager',
      apply_email: 'email applicants write to',
      apply_url: 'web page applicants apply on',
      apply_instructions: 'how to apply, in words',
      archived_at: 'when the role was archived (empty while active)',
      ...TIMES,
      description_updated_at: 'when its job description last changed',
      sample: '1 for a role from the sample data, 0 for your own',
    },
  },
  {
    name: 'role_sections',
    about: "The sections of each role's job description, in order.",
    columns: {
      id: 'the section id',
      role_id: 'the role (roles.id)',
      position: 'order within the description, from 0',
      kind: 'summary, description, responsibilities, requirements, nice_to_have, benefits, about, how_to_apply or other',
      heading: 'the heading shown',
      html: 'the text, as simple HTML (paragraphs, lists, bold, italic, links)',
      ...TIMES,
    },
  },
  {
    name: 'role_revisions',
    about: 'Earlier versions of job descriptions, kept by History.',
    columns: {
      id: 'the revision id',
      role_id: 'the role (roles.id)',
      reason: 'why it was kept: manual, opened, pause, before_restore, before_import or before_template',
      label: 'your label for it',
      title: 'the role title at that time',
      sections_json: 'the sections at that time (a JSON array of {kind, heading, html})',
      word_count: 'words in it',
      ...TIMES,
    },
  },
  {
    name: 'templates',
    about: 'Job description templates you saved (the built-in ones are not exported).',
    columns: {
      id: 'the template id',
      name: 'template name',
      category: 'category',
      blurb: 'short description',
      role_json: 'the role details it fills in (JSON object)',
      sections_json: 'its sections (JSON array of {kind, heading, html})',
      ...TIMES,
    },
  },
  {
    name: 'candidates',
    about: 'Everyone you have considered.',
    columns: {
      seq: 'a number the database uses for search; no meaning of its own',
      id: 'the candidate id (other tables point here with candidate_id)',
      full_name: 'name',
      name_key: 'the name simplified for finding duplicates (derived from full_name)',
      location: 'where they live',
      linkedin_url: 'LinkedIn profile',
      portfolio_url: 'portfolio or website',
      source_kind: 'where they came from: job_board, referral, walk_in, website, agency or other',
      source_detail: 'more about the source (which board, who referred them)',
      summary: 'your summary notes',
      retention_until: 'date until which you keep their data even when it is due for deletion (YYYY-MM-DD, empty when not set)',
      retention_reason: 'why you keep their data until then',
      consent_future_roles_on: 'date they agreed to be considered for future roles (YYYY-MM-DD, empty when they did not)',
      consent_note: 'how they were told about their data or agreed',
      applications_ended: '1 when they have applications and every one was rejected or withdrawn (derived from applications), else 0',
      best_rating: 'their best rating on any application, 1 Strong no to 4 Strong yes (derived from applications; empty when none is rated)',
      ...TIMES,
      sample: '1 for a person from the sample data, 0 for your own',
    },
  },
  {
    name: 'candidate_emails',
    about: 'Email addresses of candidates (several per person possible).',
    columns: {
      candidate_id: 'the candidate (candidates.id)',
      email: 'the address as entered',
      email_norm: 'the address lower-cased, for matching (derived)',
      position: 'order, from 0 (0 is the main address)',
    },
  },
  {
    name: 'candidate_phones',
    about: 'Phone numbers of candidates.',
    columns: {
      candidate_id: 'the candidate (candidates.id)',
      phone: 'the number as entered',
      phone_norm: 'digits only, for matching (derived)',
      position: 'order, from 0 (0 is the main number)',
      phone_tail: 'the last nine digits, for matching (derived)',
    },
  },
  {
    name: 'candidate_links',
    about: 'Other web links of candidates.',
    columns: { candidate_id: 'the candidate (candidates.id)', label: 'what the link is', url: 'the address', position: 'order, from 0' },
  },
  {
    name: 'candidate_tags',
    about: 'Tags on candidates.',
    columns: { candidate_id: 'the candidate (candidates.id)', tag: 'the tag as entered', tag_norm: 'the tag lower-cased, for matching (derived)' },
  },
  {
    name: 'attachments',
    about: "Candidates' files (résumés, cover letters, others); the files themselves are in files/ (see files.csv).",
    columns: {
      id: 'the attachment id',
      candidate_id: 'the candidate (candidates.id)',
      kind: 'resume, cover_letter or other',
      file_name: 'the file name it was added with',
      mime_type: 'the file type',
      size_bytes: 'size in bytes',
      sha256: 'SHA-256 of the file, to check the copy in files/',
      extracted_text: 'the text read from the file, for search',
      extraction_note: 'why no text could be read, when none was',
      ...TIMES,
    },
  },
  {
    name: 'pipeline_stages',
    about: "Each role's hiring stages (Applied, Screening, …).",
    columns: {
      id: 'the stage id',
      role_id: 'the role (roles.id)',
      name: 'stage name',
      position: 'order on the board, from 0',
      kind: 'active, or hired for the stage that means hired',
      wait_days: 'days a card may wait here before Today lists it as waiting too long (empty: 5)',
      ...TIMES,
    },
  },
  {
    name: 'rejection_reasons',
    about: 'The reasons you pick from when rejecting someone or when they withdraw.',
    columns: {
      id: 'the reason id',
      kind: 'we_rejected or they_withdrew',
      label: 'the reason in words',
      position: 'order in the list, from 0',
      archived_at: 'when it was removed from the list (empty while in use)',
      ...TIMES,
    },
  },
  {
    name: 'applications',
    about: 'A candidate applying to a role: where they are in its pipeline.',
    columns: {
      id: 'the application id',
      candidate_id: 'the candidate (candidates.id)',
      role_id: 'the role (roles.id)',
      stage_id: 'the current stage (pipeline_stages.id)',
      status: 'active, hired, rejected or withdrawn',
      rejection_reason_id: 'the reason (rejection_reasons.id) when rejected or withdrawn',
      rejection_note: 'your note on the rejection',
      rating: 'your own rating: 1 strong no, 2 no, 3 yes, 4 strong yes; empty when not rated (older 1–5 star ratings were mapped: 1→1, 2→2, 3 and 4→3, 5→4)',
      position: 'order of the card within its stage',
      stage_entered_at: 'when it entered the current stage',
      ...TIMES,
    },
  },
  {
    name: 'application_notes',
    about: 'Notes on applications.',
    columns: { id: 'the note id', application_id: 'the application (applications.id)', body: 'the note', ...TIMES },
  },
  {
    name: 'stage_events',
    about: "Every move of an application between stages and statuses (its history; never changed afterwards, except that anonymising a person clears the note).",
    columns: {
      id: 'the event id',
      application_id: 'the application (applications.id)',
      from_stage_id: 'the stage it left (pipeline_stages.id; empty for the first event)',
      to_stage_id: 'the stage it entered',
      from_stage_name: 'that stage’s name at the time',
      to_stage_name: 'that stage’s name at the time',
      from_status: 'the status before',
      to_status: 'the status after',
      note: 'a note with the move',
      ...TIMES,
    },
  },
  {
    name: 'role_status_events',
    about: "Every change of a role's status, recorded since version 7 of the data file (never changed afterwards).",
    columns: {
      id: 'the event id',
      role_id: 'the role (roles.id)',
      from_status: 'the status before (empty when the role was created)',
      to_status: 'the status after: draft, open, on_hold, closed or filled',
      ...TIMES,
    },
  },
  {
    name: 'activity_log',
    about: 'The timeline: what happened to what, and when (never changed afterwards, except that anonymising a person clears the details).',
    columns: {
      id: 'the entry id',
      entity_type: 'what it is about: candidate, application, role, …',
      entity_id: 'the id of that row',
      action: 'what happened (created, moved, rated, …)',
      details_json: 'details (a JSON object)',
      ...TIMES,
    },
  },
  {
    name: 'activity_subjects',
    about: 'Further rows one timeline entry is about (e.g. every candidate of one CSV import).',
    columns: { entity_id: 'the id of the row (e.g. candidates.id)', activity_id: 'the entry (activity_log.id)' },
  },
  {
    name: 'erasures',
    about: 'The erasure ledger: which people were erased or anonymised, and when; a restore erases them again from an older backup. Ids only, nothing personal.',
    columns: {
      candidate_id: 'the id the person had (candidates.id; an erased person has no row there any more)',
      kind: 'erased or anonymised',
      erased_at: 'when (UTC, ISO 8601)',
    },
  },
  {
    name: 'interviews',
    about: 'Scheduled interviews.',
    columns: {
      id: 'the interview id',
      application_id: 'the application (applications.id)',
      starts_at: 'start (UTC, ISO 8601)',
      duration_minutes: 'length in minutes',
      time_zone: 'the time zone it was booked in (IANA name, e.g. Europe/Paris)',
      kind: 'phone, video or onsite',
      location: 'place, phone number or video link',
      status: 'scheduled, completed or cancelled',
      sequence: 'how often it was rescheduled (for calendar files)',
      ...TIMES,
    },
  },
  {
    name: 'interview_interviewers',
    about: 'Who interviews in each interview.',
    columns: { id: 'the interviewer id', interview_id: 'the interview (interviews.id)', name: 'their name', position: 'order, from 0', ...TIMES },
  },
  {
    name: 'kit_items',
    about: "Each role's interview kit: criteria to rate and questions to ask.",
    columns: {
      id: 'the item id',
      role_id: 'the role (roles.id)',
      kind: 'criterion or question',
      label: 'the criterion or question',
      question: 'a question to ask for a criterion',
      source: 'requirement (made from the job description) or owner (added by you)',
      source_text: 'the requirement it was made from',
      position: 'order in the kit, from 0',
      removed_at: 'when it was removed from the kit (empty while in it)',
      ...TIMES,
    },
  },
  {
    name: 'scorecards',
    about: "One interviewer's scorecard for one interview.",
    columns: {
      id: 'the scorecard id',
      interview_id: 'the interview (interviews.id)',
      interviewer_id: 'the interviewer (interview_interviewers.id)',
      notes: 'notes taken during the interview',
      recommendation: 'strong_no, no, yes, strong_yes or no_decision (empty until finished)',
      takeaways: 'take-aways written at the end',
      elapsed_seconds: 'time on the interview timer, in seconds',
      submitted_at: 'when it was finished (empty while open)',
      ...TIMES,
    },
  },
  {
    name: 'scorecard_ratings',
    about: 'Ratings of kit criteria on a scorecard.',
    columns: {
      scorecard_id: 'the scorecard (scorecards.id)',
      kit_item_id: 'the criterion (kit_items.id)',
      label: 'the criterion as it read when rated',
      rating: '1 strong no, 2 no, 3 yes, 4 strong yes (empty: not assessed)',
      ...TIMES,
    },
  },
  {
    name: 'message_templates',
    about: 'The wording of messages to candidates, with placeholders such as {first name} filled in per person.',
    columns: {
      id: 'the template id',
      kind: 'acknowledgement, invitation, rejection, offer or custom (your own)',
      name: 'template name',
      subject: 'the e-mail subject',
      body: 'the e-mail text',
      rejection_reason_id: 'for a rejection, the reason it is worded for (rejection_reasons.id; empty: any)',
      builtin: '1 when it came with Hirebook (you may still edit it), else 0',
      position: 'order within its kind, from 0',
      ...TIMES,
    },
  },
  {
    name: 'messages',
    about: 'Drafts made for candidates and handed to your mail program (Hirebook never sends mail itself).',
    columns: {
      id: 'the message id',
      application_id: 'the application (applications.id)',
      template_id: 'the template used (message_templates.id; empty when it was removed)',
      kind: 'acknowledgement, invitation, rejection, offer or custom',
      subject: 'the subject as drafted (empty once the person was anonymised)',
      how: 'mailto (opened as a mail link) or eml (saved as a draft file)',
      created_at: CREATED,
    },
  },
  {
    name: 'offers',
    about: 'Job offers made on applications: the pay, start date, the day each is open until, and whether it was accepted.',
    columns: {
      id: 'the offer id',
      application_id: 'the application (applications.id)',
      status: 'sent, accepted, declined or expired (a sent offer past its expiry date counts as expired)',
      pay_amount: 'the pay offered, a number (empty when only described in words, or once the person was anonymised)',
      pay_currency: 'three-letter currency code, e.g. USD',
      pay_period: 'hour, day, week, month or year',
      pay_text: 'the pay in your own words (empty once the person was anonymised)',
      start_on: 'the start date offered (YYYY-MM-DD)',
      expires_on: 'the last day the offer is open (YYYY-MM-DD)',
      note: 'your note about the offer (empty once the person was anonymised)',
      sent_at: 'when the offer was made (UTC)',
      decided_at: 'when it was accepted, declined or marked expired (UTC); empty while open',
      ...TIMES,
    },
  },
];

/** The search indexes (rebuilt from the tables above); SQLite keeps tables for each, named with its name and "_". */
export const SEARCH_INDEXES: readonly string[] = ['roles_fts', 'candidates_fts'];

/**
 * The report facts (migration 8), worked out from applications and stage_events and kept equal to them, and
 * the Roles list's per-stage counts kept from those (migration 18).
 */
export const DERIVED_TABLES: readonly string[] = ['application_facts', 'application_stage_time', 'board_counts'];

/** Tables in the file that are not the owner's data and are left out. Matched by name, or a search index's name prefix. */
export function isInternalTable(name: string): boolean {
  return DERIVED_TABLES.includes(name) || SEARCH_INDEXES.some((t) => name === t || name.startsWith(`${t}_`));
}
