// What the contract says about one channel, and the type checks that tie names, specs and joins
// together. Runs anywhere (types only, erased at build time).
import type { z } from 'zod';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  doc: string;
}

/**
 * A domain's specs, one per name of its channel-name type. Used as `{ … } as const satisfies
 * DomainContract<RolesChannel>`: a name without a spec is a missing property, a spec without a name an
 * excess property — both type errors.
 */
export type DomainContract<C extends string> = { readonly [K in C]: ChannelSpec };

/**
 * `true` when `T` has no key outside `K`; otherwise an object naming the extra keys, so that
 * `const _check: OnlyKeys<T, K> = true` fails to compile and says which keys are extra.
 */
export type OnlyKeys<T, K extends PropertyKey> = [Exclude<keyof T, K>] extends [never] ? true : { notAllowed: Exclude<keyof T, K> };

/**
 * `true` when no element of the tuple `T` appears twice; otherwise an object naming the repeats, so that
 * `const _check: NoRepeats<T> = true` fails to compile and says which.
 */
export type NoRepeats<T extends readonly unknown[]> = [Repeats<T>] extends [never] ? true : { repeated: Repeats<T> };

// Tail-recursive, so long tuples stay within the compiler's depth limit.
type Repeats<T extends readonly unknown[], Seen = never, Found = never> = T extends readonly [infer Head, ...infer Rest]
  ? Repeats<Rest, Seen | Head, Found | (Head extends Seen ? Head : never)>
  : Found;
