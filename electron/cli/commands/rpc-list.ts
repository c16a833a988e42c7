// `hirebook rpc --list`: every channel with its description and input/output JSON Schema, and every
// push event with its payload schema, from the contract itself (zod 4's z.toJSONSchema). Runs in plain Node.
import { z } from 'zod';
import { CHANNELS, EVENTS, contract, events } from '../../contract';
import { write, type CliIo } from '../io';

type JsonSchema = z.core.JSONSchema.BaseSchema;

export interface ChannelListing {
  channel: string;
  doc: string;
  input: JsonSchema;
  output: JsonSchema;
}

export interface RpcListing {
  channels: ChannelListing[];
  events: { event: string; payload: JsonSchema }[];
}

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // `input` describes what a caller may send (defaults optional); `output` what comes back.
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

/** The listing as a plain object. Exported for tests. */
export function rpcListing(): RpcListing {
  return {
    channels: CHANNELS.map((channel) => ({
      channel,
      doc: contract[channel].doc,
      input: schemaOf(contract[channel].input, 'input'),
      output: schemaOf(contract[channel].output, 'output'),
    })),
    events: EVENTS.map((event) => ({ event, payload: schemaOf(events[event], 'output') })),
  };
}

export async function rpcList(io: CliIo): Promise<void> {
  await write(io.stdout, `${JSON.stringify(rpcListing(), null, 2)}\n`);
}
