// Pipeline: a role's board and its stages.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./pipeline-contract.ts and a handler in core/pipeline/pipeline-handlers.ts (else a type error).

export const PIPELINE_CHANNELS = [
  'pipeline:get',
  'pipeline:column',
  'pipeline:update-stages',
] as const;

export type PipelineChannel = (typeof PIPELINE_CHANNELS)[number];
