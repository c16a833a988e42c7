// Renderer: every call about messages to candidates: the templates, a template filled for one application, a
// draft saved as an .eml file in a folder the owner chooses (logged by the core), and logging a mailto: draft
// the owner opened in their mail program.
import { safeFileName, type MessageDraft, type MessageDraftEmlResult, type MessageRecord, type MessageTemplate } from '../../../electron/contract';
import { call } from '../api/client';
import { fileInFolder, fileStamp } from '../lib/file-in-folder';
import { askForFolder } from './app-store';

/** "Ana Lima - Interview for Barista 2026-12-06-143005.eml", made safe for every file system. */
export function draftFileName(fullName: string, subject: string, now: Date): string {
  return safeFileName(`${fullName} - ${subject.slice(0, 60)} ${fileStamp(now)}.eml`);
}

export const messageActions = {
  templates: async (): Promise<MessageTemplate[]> => (await call('messages:templates', {})).templates,
  draft: (applicationId: string, templateId: string): Promise<MessageDraft> => call('messages:draft', { applicationId, templateId }),
  /** Records a mailto: draft the owner opened, for the timeline. */
  logMailto: (applicationId: string, templateId: string): Promise<MessageRecord> => call('messages:log', { applicationId, templateId, how: 'mailto' }),
  /** Asks for a folder, then saves the draft there as an .eml file. Null when the owner cancelled the dialog. */
  async saveDraft(applicationId: string, templateId: string, fullName: string, subject: string, now = new Date()): Promise<MessageDraftEmlResult | null> {
    const folder = await askForFolder(`Choose where to save the draft to ${fullName}`);
    if (!folder) return null;
    return call('messages:draft-eml', { applicationId, templateId, path: fileInFolder(folder, draftFileName(fullName, subject, now)) });
  },
};
