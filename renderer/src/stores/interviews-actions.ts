// Renderer: every call about interviews, interview kits and scorecards, and when what their screens show goes
// stale; and what interview buttons do (download the .ics file, cancel, complete, save the kit's PDF or print
// it), each reporting to the person with a toast.
import { toast } from 'sonner';
import type { Input, Interview, InterviewDetail, InterviewList, Kit, Output, Scorecard, ScorecardSummary } from '../../../electron/contract';
import { call } from '../api/client';
import { base64ToBytes, downloadFile } from '../lib/download-file';
import { notifyActionError, notifyError } from '../lib/notify';
import { onDataChanged } from './data-changed';

export const interviewActions = {
  /** One interview with its kit, scorecards and the candidate's essentials. */
  get: (id: string): Promise<InterviewDetail> => call('interviews:get', { id }),
  list: (query: Input<'interviews:list'>): Promise<InterviewList> => call('interviews:list', query),
  schedule: (input: Input<'interviews:schedule'>): Promise<Interview> => call('interviews:schedule', input),
  update: (input: Input<'interviews:update'>): Promise<Interview> => call('interviews:update', input),
};

export const kitCalls = {
  get: (roleId: string): Promise<Kit> => call('kits:get', { roleId }),
  save: (input: Input<'kits:save'>): Promise<Kit> => call('kits:save', input),
  /** Adds one criterion per requirement of the role's description not yet in the kit. */
  generate: (roleId: string): Promise<Kit> => call('kits:generate', { roleId }),
};

export const scorecardActions = {
  /** An interviewer's scorecard for an interview, created on first open. */
  open: (interviewId: string, interviewerId: string): Promise<Scorecard> => call('scorecards:open', { interviewId, interviewerId }),
  save: (input: Input<'scorecards:save'>): Promise<Output<'scorecards:save'>> => call('scorecards:save', input),
  submit: (scorecardId: string): Promise<Scorecard> => call('scorecards:submit', { scorecardId }),
  /** Every interview and scorecard of a candidate, summed up per criterion. */
  summary: (candidateId: string): Promise<ScorecardSummary> => call('scorecards:summary', { candidateId }),
};

/** Calls `reload` when one interview's page may show something else: interviews or candidates changed. */
export function watchInterview(reload: () => void): () => void {
  return onDataChanged(['interviews', 'candidates'], reload);
}

/** The Interviews screen's groups name candidates and roles too; reloads once a burst of writes settles. */
export function watchInterviewList(reload: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onDataChanged(['interviews', 'applications', 'candidates', 'roles'], () => {
    clearTimeout(timer);
    timer = setTimeout(reload, 150);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

/** A candidate's coming interviews change only with interviews. */
export function watchUpcomingInterviews(reload: () => void): () => void {
  return onDataChanged(['interviews'], reload);
}

/** A candidate's interview feedback changes with interviews (scorecards are saved with them), kits and the candidate. */
export function watchScorecardSummary(reload: () => void): () => void {
  return onDataChanged(['interviews', 'kits', 'candidates'], reload);
}

/** A role's kit changes with the kit itself, and with the role and its description (requirements not yet in it). */
export function watchKit(refresh: () => void): () => void {
  return onDataChanged(['kits', 'descriptions', 'roles'], refresh);
}

export async function downloadIcs(interviewId: string): Promise<void> {
  try {
    const file = await call('interviews:ics', { id: interviewId });
    downloadFile(file.content, file.fileName, file.mimeType);
  } catch (error) {
    notifyError(error, 'Could not make the calendar file');
  }
}

export async function cancelInterview(interviewId: string, candidateName: string): Promise<boolean> {
  try {
    await interviewActions.update({ id: interviewId, status: 'cancelled' });
    toast.success(`Interview with ${candidateName} cancelled`);
    return true;
  } catch (error) {
    notifyError(error, 'Could not cancel the interview');
    return false;
  }
}

export async function completeInterview(interviewId: string): Promise<void> {
  try {
    await interviewActions.update({ id: interviewId, status: 'completed' });
    toast.success('Marked as completed', { description: 'It leaves the list of interviews awaiting feedback.' });
  } catch (error) {
    notifyError(error, 'Could not mark the interview as completed');
  }
}

export async function saveKitPdf(roleId: string): Promise<void> {
  const id = toast.loading('Preparing the PDF…');
  try {
    const pdf = await call('kits:pdf', { roleId });
    downloadFile(base64ToBytes(pdf.base64), pdf.fileName, 'application/pdf');
    toast.success('PDF ready', { id, description: `${pdf.fileName} · ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}` });
  } catch (error) {
    notifyActionError(error, 'Saving a PDF', id);
  }
}

export async function printKit(roleId: string): Promise<void> {
  try {
    const { printed } = await call('kits:print', { roleId });
    if (printed) toast.success('Sent to the printer');
  } catch (error) {
    notifyActionError(error, 'Printing');
  }
}
