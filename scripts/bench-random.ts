// The benchmarks' repeatable randomness: a seeded generator (mulberry32), so every run builds the same data
// set, and a pick from a list with it. Shared by the seeding benchmarks. Runs in Node (tsx).

/** A generator of numbers in [0, 1), the same sequence for the same seed. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, chosen with `r`. */
export function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length)] as T;
}
