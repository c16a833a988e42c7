// Pipeline: a role's board and its stages.
// A spec per name in ./pipeline-channels.ts, no more, no fewer (else a type error); handlers: core/pipeline/pipeline-handlers.ts.
import { Pipeline, PipelineColumn, PipelineColumnInput, PipelineGetInput, PipelineUpdateInput } from '../pipeline-schemas';
import type { DomainContract } from '../channel-spec';
import type { PipelineChannel } from './pipeline-channels';

export type { PipelineChannel };

export const pipelineContract = {
  'pipeline:get': {
    input: PipelineGetInput,
    output: Pipeline,
    doc: "A role's board: its stages in order with card counts, and the first cards of each column (down to `through`, the card the board was opened for).",
  },
  'pipeline:column': {
    input: PipelineColumnInput,
    output: PipelineColumn,
    doc: 'More cards of one board column, in board order, after the last one shown (by its key: where it is now, or the position given).',
  },
  'pipeline:update-stages': {
    input: PipelineUpdateInput,
    output: Pipeline,
    doc: "Rename, reorder, add and remove a role's stages; applications in removed stages move to moveRemovedTo.",
  },
} as const satisfies DomainContract<PipelineChannel>;
