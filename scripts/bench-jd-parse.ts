// Benchmark (tsx, plain Node): median time to parse a generated 20-page (~10,000-word) job description. Prints figures, asserts nothing.
import { performance } from 'node:perf_hooks';
import { parseJobDescriptionText } from '../electron/core/job-descriptions/jd-parse-rules';

const HEADINGS = ['Responsibilities:', 'REQUIREMENTS', 'What does a Baker do?', 'Nice to have', 'Benefits', 'About us', 'How to apply'];
const SENTENCE = 'You will prepare dough, bake bread and pastries, and keep the kitchen clean and safe for the whole team.';

/** One page: a heading, two wrapped paragraphs and a list with wrapped items, odd spaces and assorted markers. */
function page(n: number): string {
  const heading = HEADINGS[n % HEADINGS.length] ?? 'Duties';
  const paragraph = `${SENTENCE} ${SENTENCE}\n${SENTENCE.toLowerCase()}\u00A0${SENTENCE}`;
  const items = Array.from({ length: 14 }, (_, i) => `  ${['•', '-', '\uF0B7', `${i + 1}.`][i % 4]} ${SENTENCE}\n    and then some more words here`);
  return [heading, '', paragraph, '', paragraph, '', ...items, '', 'Top', ''].join('\r\n');
}

const text = ['Baker Job Description Template', 'September 27, 2025', '', 'Job Title: Baker', '', ...Array.from({ length: 20 }, (_, n) => page(n))].join('\r\n');
const words = text.split(/\s+/).filter(Boolean).length;

for (let i = 0; i < 10; i += 1) parseJobDescriptionText(text);
const times: number[] = [];
for (let i = 0; i < 50; i += 1) {
  const start = performance.now();
  parseJobDescriptionText(text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
const parsed = parseJobDescriptionText(text);
console.log(`jd parse: ${words} words, ${text.length} chars, ${parsed.sections.length} sections`);
console.log(`median ${at(0.5)} ms · p95 ${at(0.95)} ms · min ${at(0)} ms (50 runs after 10 warm-up)`);
