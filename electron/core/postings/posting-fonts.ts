// The posting typefaces (Source Serif 4 for headings, Inter for text; both SIL OFL 1.1, from @fontsource)
// as @font-face rules with the woff2 files embedded as data: URLs, so a posting needs no file or network.
// Runs in plain Node (reads the font files once, then serves the CSS from memory).
import fs from 'node:fs';
import { createRequire } from 'node:module';

export const SERIF_STACK = "'Hirebook Serif', 'Source Serif 4', Georgia, 'DejaVu Serif', serif";
export const SANS_STACK = "'Hirebook Sans', Inter, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

interface Face {
  family: 'Hirebook Serif' | 'Hirebook Sans';
  pkg: string;
  file: string;
  weight: number;
  style: 'normal' | 'italic';
}

// The latin and latin-ext subsets as @fontsource splits them: together they cover the languages of the
// Americas and Europe in Latin script; other scripts fall back to the system fonts (embedded by Chromium too).
const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const FACES: readonly Omit<Face, 'file'>[] = [
  { family: 'Hirebook Serif', pkg: '@fontsource/source-serif-4', weight: 600, style: 'normal' },
  { family: 'Hirebook Serif', pkg: '@fontsource/source-serif-4', weight: 700, style: 'normal' },
  { family: 'Hirebook Sans', pkg: '@fontsource/inter', weight: 400, style: 'normal' },
  { family: 'Hirebook Sans', pkg: '@fontsource/inter', weight: 400, style: 'italic' },
  { family: 'Hirebook Sans', pkg: '@fontsource/inter', weight: 600, style: 'normal' },
];

const requireFromHere = createRequire(__filename);

function fileOf(face: Omit<Face, 'file'>, subset: keyof typeof SUBSETS): string {
  const name = face.pkg.split('/')[1] as string;
  return requireFromHere.resolve(`${face.pkg}/files/${name}-${subset}-${face.weight}-${face.style}.woff2`);
}

function faceRule(face: Omit<Face, 'file'>, subset: keyof typeof SUBSETS): string {
  const data = fs.readFileSync(fileOf(face, subset)).toString('base64');
  return (
    `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${SUBSETS[subset]}}`
  );
}

let cached: string | null = null;

/** Every @font-face rule, built once per process (~300 kB of CSS). */
export function fontFaceCss(): string {
  if (cached === null) {
    const subsets = Object.keys(SUBSETS) as (keyof typeof SUBSETS)[];
    cached = FACES.flatMap((face) => subsets.map((subset) => faceRule(face, subset))).join('\n');
  }
  return cached;
}

let footerCached: string | null = null;

/** Only the regular sans face (latin), for Chromium's footer template, which cannot see the page's fonts. */
export function footerFontCss(): string {
  if (footerCached === null) footerCached = faceRule(FACES[2] as Omit<Face, 'file'>, 'latin');
  return footerCached;
}
