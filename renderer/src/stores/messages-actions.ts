// Renderer: every call about messages to candidates: the templates (saved, a built-in restored), a template
// filled for one application, a draft saved as an .eml file in a folder the owner chooses (logged by the core),
// one draft per person for a selection (a few people per call, so the window shows progress and can stop), and
// logging a mailto: draft the owner opened in their mail program.
import {
  safeFileName,
  type MessageDraft,
  type MessageDraftEmlMany,
  type MessageDraftEmlResult,
  type MessageRecord,
  type MessageTemplate,
  type MessageTemplateSaveInput,
} from '../../../electron/contract';
import { call } from '../api/client';
import { fileInFolder, fileStamp } from '../lib/file-in-folder';
import { askForFolder } from './app-store';

/** "Ana Lima - Interview for Barista 2026-12-06-143005.eml", made safe for every file system. */
export function draftFileName(fullName: string, subject: string, now: Date): string {
  return safeFileName(`${fullName} - ${subject.slice(0, 60)} ${fileStamp(now)}.eml`);
}

/** People per messages:draft-eml-many call: small enough that progress moves and Cancel stops soon. */
const DRAFTS_PER_CALL = 5;

export interface DraftsProgress {
  done: number;
  total: number;
}

export const messageActions = {
  templates: async (): Promise<MessageTemplate[]> => (await call('messages:templates', {})).templates,
  saveTemplate: (input: MessageTemplateSaveInput): Promise<MessageTemplate> => call('messages:template-save', input),
  /** Puts a built-in template's wording back as Hirebook shipped it. */
  restoreTemplate: (id: string): Promise<MessageTemplate> => call('messages:template-restore', { id }),
  draft: (applicationId: string, templateId: string): Promise<MessageDraft> => call('messages:draft', { applicationId, templateId }),
  /** Records a mailto: draft the owner opened, for the timeline. */
  logMailto: (applicationId: string, templateId: string): Promise<MessageRecord> => call('messages:log', { applicationId, templateId, how: 'mailto' }),
  /** Asks for a folder, then saves the draft there as an .eml file. Null when the owner cancelled the dialog. */
  async saveDraft(applicationId: string, templateId: string, fullName: string, subject: string, now = new Date()): Promise<MessageDraftEmlResult | null> {
    const folder = await askForFolder(`Choose where to save the draft to ${fullName}`);
    if (!folder) return null;
    return call('messages:draft-eml', { applicationId, templateId, path: fileInFolder(folder, draftFileName(fullName, subject, now)) });
  },
  /** Asks for the folder the drafts for a selection go into. Null when the owner cancelled the dialog. */
  chooseDraftsFolder: (count: number): Promise<string | null> => askForFolder(`Choose where to save the ${count === 1 ? 'draft' : `${count} drafts`}`),
  /**
   * One .eml draft per person into `folder`, a few people per call: `onProgress` after each call, and
   * `stopped()` checked before the next (what was saved stays saved and logged). `cancelled` when it stopped.
   */
  async saveDraftsFor(
    templateId: string,
    applicationIds: readonly string[],
    folder: string,
    onProgress: (progress: DraftsProgress) => void,
    stopped: () => boolean,
  ): Promise<MessageDraftEmlMany & { cancelled: boolean }> {
    const out: MessageDraftEmlMany = { saved: [], skipped: [] };
    for (let at = 0; at < applicationIds.length; at += DRAFTS_PER_CALL) {
      if (stopped()) return { ...out, cancelled: true };
      const part = await call('messages:draft-eml-many', { templateId, applicationIds: applicationIds.slice(at, at + DRAFTS_PER_CALL), folder });
      out.saved.push(...part.saved);
      out.skipped.push(...part.skipped);
      onProgress({ done: Math.min(applicationIds.length, at + DRAFTS_PER_CALL), total: applicationIds.length });
    }
    return { ...out, cancelled: false };
  },
};
