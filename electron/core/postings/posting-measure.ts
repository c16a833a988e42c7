// How many lines a piece of text takes in the posting typefaces, without a browser: advance widths of
// Inter (text) and Source Serif 4 semibold (headings), measured once in Chromium from the embedded fonts,
// and a greedy word wrap like the browser's. The flyer uses it to choose its type size and what fits one
// page. Pure; runs anywhere.

/** Millimetres per typographic point. */
export const PT_MM = 25.4 / 72;

// Advance widths in em for U+0020 to U+007E, then the characters in EXTRA, in that order (measured with
// kerning on; letter-spacing is the caller's).
const EXTRA = '’‘“”–—…é·•';
const SANS =
  '0.281,0.288,0.466,0.633,0.642,0.982,0.644,0.300,0.365,0.365,0.501,0.662,0.288,0.460,0.288,0.360,0.631,0.407,0.610,0.618,0.646,0.593,0.620,0.566,0.619,0.620,0.288,0.302,0.662,0.662,0.662,0.511,0.966,0.690,0.654,0.730,0.722,0.601,0.590,0.746,0.743,0.269,0.571,0.672,0.565,0.903,0.753,0.765,0.639,0.765,0.644,0.642,0.646,0.744,0.690,0.985,0.682,0.679,0.629,0.365,0.360,0.365,0.471,0.456,0.323,0.562,0.612,0.571,0.612,0.583,0.370,0.613,0.591,0.242,0.242,0.549,0.242,0.876,0.591,0.600,0.612,0.612,0.377,0.528,0.327,0.591,0.562,0.818,0.546,0.562,0.552,0.426,0.333,0.426,0.662,0.261,0.261,0.440,0.440,0.500,1.000,0.864,0.583,0.288,0.563';
const SANS_BOLD =
  '0.252,0.321,0.523,0.644,0.650,1.005,0.663,0.326,0.373,0.373,0.540,0.673,0.319,0.465,0.319,0.379,0.660,0.423,0.623,0.636,0.666,0.612,0.640,0.576,0.640,0.640,0.319,0.329,0.673,0.673,0.673,0.544,0.999,0.728,0.659,0.737,0.722,0.605,0.588,0.749,0.746,0.277,0.580,0.703,0.565,0.922,0.759,0.769,0.645,0.773,0.652,0.650,0.660,0.736,0.728,1.020,0.720,0.713,0.652,0.373,0.379,0.373,0.482,0.469,0.351,0.574,0.624,0.583,0.624,0.591,0.389,0.626,0.612,0.262,0.262,0.569,0.262,0.900,0.612,0.609,0.624,0.624,0.397,0.549,0.353,0.612,0.587,0.839,0.569,0.588,0.566,0.455,0.359,0.455,0.673,0.294,0.294,0.507,0.502,0.500,1.000,0.956,0.591,0.319,0.503';
const SERIF =
  '0.228,0.314,0.423,0.544,0.538,0.949,0.739,0.206,0.384,0.384,0.458,0.548,0.307,0.335,0.307,0.364,0.547,0.547,0.547,0.547,0.547,0.547,0.547,0.547,0.547,0.547,0.307,0.307,0.548,0.548,0.548,0.430,0.867,0.712,0.668,0.663,0.744,0.634,0.610,0.725,0.809,0.387,0.394,0.726,0.616,0.930,0.757,0.742,0.637,0.742,0.707,0.560,0.650,0.757,0.706,1.020,0.678,0.667,0.592,0.356,0.364,0.356,0.548,0.528,0.400,0.554,0.630,0.527,0.623,0.540,0.374,0.573,0.650,0.336,0.313,0.615,0.337,0.961,0.652,0.590,0.632,0.613,0.475,0.475,0.368,0.640,0.581,0.850,0.585,0.592,0.497,0.365,0.301,0.365,0.548,0.236,0.236,0.460,0.459,0.528,0.828,0.853,0.540,0.307,0.320';

const SERIF_BOLD =
  '0.218,0.343,0.471,0.566,0.562,0.970,0.751,0.235,0.409,0.409,0.459,0.563,0.312,0.352,0.312,0.390,0.569,0.569,0.569,0.569,0.569,0.569,0.569,0.569,0.569,0.569,0.312,0.312,0.563,0.563,0.563,0.448,0.905,0.712,0.686,0.664,0.751,0.630,0.608,0.727,0.803,0.400,0.409,0.744,0.614,0.925,0.746,0.746,0.655,0.746,0.728,0.578,0.671,0.756,0.703,1.037,0.685,0.667,0.599,0.380,0.390,0.380,0.563,0.543,0.400,0.570,0.643,0.535,0.634,0.547,0.381,0.591,0.660,0.344,0.325,0.640,0.346,0.969,0.662,0.602,0.644,0.626,0.497,0.487,0.379,0.654,0.584,0.866,0.603,0.598,0.506,0.371,0.315,0.371,0.563,0.248,0.248,0.483,0.482,0.543,0.843,0.884,0.547,0.312,0.337';

/** Inter regular and semibold; Source Serif 4 semibold (headings) and bold (the flyer's title). */
export type Face = 'sans' | 'sans-bold' | 'serif' | 'serif-bold';

function table(widths: string): Map<string, number> {
  const chars = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...EXTRA];
  const values = widths.split(',').map(Number);
  return new Map(chars.map((c, i) => [c, values[i] ?? 0.6]));
}

const TABLES: Record<Face, Map<string, number>> = { sans: table(SANS), 'sans-bold': table(SANS_BOLD), serif: table(SERIF), 'serif-bold': table(SERIF_BOLD) };

/**
 * A character the tables do not know (another script, an accented capital, an emoji) counts as wide as
 * a capital W, so an estimate errs towards more lines, never fewer.
 */
const UNKNOWN_EM = 1.0;

function accentFree(char: string): string {
  return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function charEm(char: string, widths: Map<string, number>): number {
  return widths.get(char) ?? widths.get(accentFree(char)) ?? UNKNOWN_EM;
}

/** The width of `text` in millimetres at `sizePt` in `face`. */
export function textWidthMm(text: string, sizePt: number, face: Face = 'sans'): number {
  const widths = TABLES[face];
  let em = 0;
  for (const char of text) em += charEm(char, widths);
  return em * sizePt * PT_MM;
}

/**
 * How many lines `text` wraps to in a box `widthMm` wide: greedy, breaking at spaces, and inside a word
 * only when the word alone is wider than the line (the posting CSS sets overflow-wrap:anywhere).
 */
export function lineCount(text: string, widthMm: number, sizePt: number, face: Face = 'sans'): number {
  const space = textWidthMm(' ', sizePt, face);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    let width = textWidthMm(word, sizePt, face);
    const needed = used === 0 ? width : used + space + width;
    if (needed <= widthMm) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line fills whole lines and leaves its tail on the next one.
    while (width > widthMm) {
      width -= widthMm;
      lines += 1;
    }
    used = width;
  }
  return lines;
}
