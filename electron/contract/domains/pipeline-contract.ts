// Pipeline: a role's board and its stages.
// A spec per name in ./pipeline-channels.ts, no more, no fewer (else a type error); handlers: core/pipeline/pipeline-handlers.ts.
import { Pipeline, PipelineUpdateInput, RoleIdOnly } from '../pipeline-schemas';
import type { DomainContract } from '../channel-spec';
import type { PipelineChannel } from './pipeline-channels';

export type { PipelineChannel };

export const pipelineContract = {
  'pipeline:get': { input: RoleIdOnly, output: Pipeline, doc: "A role's board: its stages in order with card counts, and every active (and hired) card." },
  'pipeline:update-stages': {
    input: PipelineUpdateInput,
    output: Pipeline,
    doc: "Rename, reorder, add and remove a role's stages; applications in removed stages move to moveRemovedTo.",
  },
} as const satisfies DomainContract<PipelineChannel>;
