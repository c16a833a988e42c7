// The messages channels: the templates (list, add or edit, a built-in restored as shipped), a draft for one application (a mailto: link, or an
// .eml file saved and logged, with the offer letter attached to an offer's draft), one .eml per person for a selection, and logging a draft the owner opened in their mail program. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import type { MessagesChannel } from '../../contract';
import { getReason } from '../applications/rejection-reasons-repo';
import { nextStamp } from '../clock';
import type { HandlerGroup } from '../handlers';
import { invalidInput, notFound } from '../errors';
import { getTemplate, insertTemplate, listTemplates, restoreBuiltin, updateTemplate } from './messages-repo';
import { offerLetterAttachment } from '../offers/offers-service';
import { logMessage, prepareDraft, saveEmlDraft, saveEmlDrafts } from './messages-service';

export const messagesHandlers: HandlerGroup<MessagesChannel> = {
  'messages:templates': (_input, ctx) => ({ templates: listTemplates(ctx.db) }),

  'messages:template-save': (input, ctx) => {
    const saved = ctx.db
      .transaction(() => {
        const reasonId = input.kind === 'rejection' ? input.rejectionReasonId : null;
        if (reasonId !== null && !getReason(ctx.db, reasonId)) {
          throw invalidInput([{ path: ['rejectionReasonId'], message: 'This rejection reason is not in the list' }]);
        }
        const before = input.id === undefined ? null : getTemplate(ctx.db, input.id);
        // A built-in is known by its kind and place (messages:template-restore), so it keeps its kind.
        if (before?.builtin && before.kind !== input.kind) {
          throw invalidInput([{ path: ['kind'], message: 'A built-in template keeps its kind. Add your own template for another kind.' }]);
        }
        const id = input.id ?? randomUUID();
        const write = { id, kind: input.kind, name: input.name, subject: input.subject, body: input.body, rejectionReasonId: reasonId };
        const at = nextStamp(ctx);
        if (input.id === undefined) insertTemplate(ctx.db, write, at);
        else if (before) updateTemplate(ctx.db, write, at);
        else throw notFound('That message template');
        const template = getTemplate(ctx.db, id);
        if (!template) throw notFound('That message template');
        return template;
      })
      .immediate();
    ctx.changed('templates', [saved.id]);
    return saved;
  },

  'messages:template-restore': ({ id }, ctx) => {
    const restored = ctx.db.transaction(() => restoreBuiltin(ctx.db, id, nextStamp(ctx))).immediate();
    ctx.changed('templates', [restored.id]);
    return restored;
  },

  'messages:draft': ({ applicationId, templateId }, ctx) =>
    ctx.db.transaction(() => prepareDraft(ctx.db, applicationId, templateId, ctx.now()))().draft,

  // An offer template's draft carries the application's latest offer letter as a PDF, when it has an offer.
  'messages:draft-eml': async (input, ctx) => saveEmlDraft(ctx, input, await offerLetterAttachment(ctx, input.applicationId, input.templateId)),

  'messages:draft-eml-many': (input, ctx) => saveEmlDrafts(ctx, input),

  'messages:log': ({ applicationId, templateId, how }, ctx) => logMessage(ctx, applicationId, templateId, how),
};
