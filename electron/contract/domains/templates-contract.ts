// Templates: the built-in gallery and the owner's own templates.
// A spec per name in ./templates-channels.ts, no more, no fewer (else a type error); handlers: core/templates/templates-handlers.ts.
import { z } from 'zod';
import {
  TemplateDetail,
  TemplateIdInput,
  TemplateList,
  TemplateListInput,
  TemplateSaveInput,
  TemplateSummary,
  TemplateUseInput,
  TemplateUseResult,
} from '../description-schemas';
import type { DomainContract } from '../channel-spec';
import type { TemplatesChannel } from './templates-channels';

export type { TemplatesChannel };

export const templatesContract = {
  'templates:list': { input: TemplateListInput, output: TemplateList, doc: "The owner's templates and the built-in gallery, searched by words." },
  'templates:get': { input: TemplateIdInput, output: TemplateDetail, doc: 'One template with its role fields and sections, for preview.' },
  'templates:save-from-role': { input: TemplateSaveInput, output: TemplateSummary, doc: "Save a role's fields and description as one of the owner's templates." },
  'templates:delete': { input: TemplateIdInput, output: z.object({ id: z.string() }), doc: "Delete one of the owner's templates (built-in ones cannot be deleted)." },
  'templates:use': {
    input: TemplateUseInput,
    output: TemplateUseResult,
    doc: "Start a new role from a template, or replace a role's description with it (keeping a revision).",
  },
} as const satisfies DomainContract<TemplatesChannel>;
