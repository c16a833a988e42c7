// Renderer: every call about offers: a candidate's offers, making and changing one, its status, the Undo of an
// acceptance (the card back where it was, the offer open again, the role's status as it was: the reverse calls
// through the core, as the board's Undo does), and the letter saved as a PDF through the download path.
import type { Offer, OfferCreateInput, OfferStatus, OfferStatusResult, OfferUpdateInput, Role } from '../../../electron/contract';
import { call } from '../api/client';
import { localTimeZone } from '../features/interviews/zoned-time';
import { base64ToBytes, downloadFile } from '../lib/download-file';

export type OfferTerms = OfferUpdateInput['patch'];

export const offerActions = {
  /** One candidate's offers, newest first (status as it reads today on this computer's calendar). */
  ofCandidate: async (candidateId: string): Promise<Offer[]> => (await call('offers:list', { candidateId, timeZone: localTimeZone() })).offers,
  /** The role's salary fields: what a new offer's currency and period start from. */
  role: (roleId: string): Promise<Role> => call('roles:get', { id: roleId }),
  create: (applicationId: string, terms: Omit<OfferCreateInput, 'applicationId'>): Promise<Offer> =>
    call('offers:create', { applicationId, ...terms, timeZone: localTimeZone() }),
  update: (id: string, patch: OfferTerms): Promise<Offer> => call('offers:update', { id, patch, timeZone: localTimeZone() }),
  setStatus: (id: string, status: OfferStatus): Promise<OfferStatusResult> => call('offers:set-status', { id, status, timeZone: localTimeZone() }),
  /** Puts back what accepting did: the offer open again, the card in its stage above the same card, the role's status. */
  async undoAccept(result: OfferStatusResult): Promise<void> {
    await call('offers:set-status', { id: result.offer.id, status: 'sent', timeZone: localTimeZone() });
    if (result.movedFrom) {
      const { stageId, beforeApplicationId } = result.movedFrom;
      await call('applications:move', { applicationId: result.offer.applicationId, toStageId: stageId, ...(beforeApplicationId ? { beforeApplicationId } : {}) });
    }
    if (result.roleFilled) await call('roles:update', { id: result.roleFilled.roleId, patch: { status: result.roleFilled.previousStatus } });
  },
  /** The letter as a PDF, offered as a download (the system save dialog in the app); says which placeholders were left. */
  async saveLetter(id: string): Promise<{ fileName: string; pages: number; unfilled: string[] }> {
    const pdf = await call('offers:letter-pdf', { id });
    downloadFile(base64ToBytes(pdf.base64), pdf.fileName, 'application/pdf');
    return { fileName: pdf.fileName, pages: pdf.pages, unfilled: pdf.unfilled };
  },
};
