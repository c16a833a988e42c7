// Candidates: the people, their profiles, duplicates and timelines.
// A spec per name in ./candidates-channels.ts, no more, no fewer (else a type error); handlers: core/candidates/candidates-handlers.ts.
import { z } from 'zod';
import {
  CandidateCreateInput,
  CandidateCreateResult,
  CandidateDuplicates,
  CandidateDuplicatesInput,
  CandidateExportPersonInput,
  CandidateExportPersonResult,
  CandidateIdInput,
  CandidateCount,
  CandidateCountQuery,
  CandidateList,
  CandidateListQuery,
  CandidateMergeInput,
  CandidateMergeResult,
  CandidateProfile,
  CandidateTimeline,
  CandidateUpdateInput,
} from '../candidates-schemas';
import { IdInput } from '../common-schemas';
import type { DomainContract } from '../channel-spec';
import type { CandidatesChannel } from './candidates-channels';

export type { CandidatesChannel };

export const candidatesContract = {
  'candidates:create': {
    input: CandidateCreateInput,
    output: CandidateCreateResult,
    doc: "Add a candidate, with a roleId also to that role's first stage; also lists people who may be the same (same email, phone or a very similar name).",
  },
  'candidates:get': { input: IdInput, output: CandidateProfile, doc: 'One candidate with their files and applications (the profile page).' },
  'candidates:update': { input: CandidateUpdateInput, output: CandidateProfile, doc: 'Change some fields of a candidate; lists are replaced whole.' },
  'candidates:delete': {
    input: IdInput,
    output: z.object({ id: z.string() }),
    doc: 'Delete a candidate for good, with their applications, files and history.',
  },
  'candidates:anonymise': {
    input: IdInput,
    output: CandidateProfile,
    doc: 'Anonymise a candidate: their applications, stage history, source and ratings stay for the reports under a random name; everything personal (contact details, notes, files, free text) is erased.',
  },
  'candidates:list': {
    input: CandidateListQuery,
    output: CandidateList,
    doc: 'One page of the candidates table: searched, filtered by role, stage, status, source, tag, rating and date, sorted.',
  },
  'candidates:count': {
    input: CandidateCountQuery,
    output: CandidateCount,
    doc: 'How many candidates a search and filters match, every one counted (candidates:list stops counting a little past its page).',
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
  'candidates:export-person': {
    input: CandidateExportPersonInput,
    output: CandidateExportPersonResult,
    doc: "Everything about one person as a zip at path: summary.html (readable, printable), data.json (every row about them), files/ (their files) and README.txt; written beside the target and renamed, never over a file unless replace. The activity log records that it happened (no personal data).",
  },
} as const satisfies DomainContract<CandidatesChannel>;
