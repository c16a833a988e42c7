// The import benchmarks' CSV: people with a name (some in Cyrillic, Arabic and Japanese), an email, a phone,
// a city, a source, two tags and a short note, one row per person, every address different. As text in
// memory (bench-import.ts) or written to a file a piece at a time (bench-import-memory.ts, up to a million
// rows). Runs in Node (tsx).
import { createWriteStream } from 'node:fs';

const FIRST = ['Ana', 'Bo', 'Chidi', 'Darya', 'Émile', 'Farah', 'Gao', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Мария', 'محمد', '佐藤'];
const LAST = ['Lima', 'Chen', 'Okafor', 'Petrova', 'Dubois', 'Haddad', 'Wei', 'Sato', 'Ivanov', 'Park', 'Mensah', 'Fischer'];

export const PEOPLE_HEADER = 'Name,Email,Phone,City,Source,Tags,Notes';
/** The columns of PEOPLE_HEADER as an import mapping. */
export const PEOPLE_MAPPING = { name: 0, email: 1, phone: 2, location: 3, source: 4, tags: 5, summary: 6 } as const;

/** Person number `i` as a CSV line (no line break); `salt` makes the addresses differ between files. */
export function personLine(i: number, salt: string): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
  const phone = `+1 503 ${String(1_000_000 + ((i * 7919) % 9_000_000)).slice(0, 3)} ${String(i).padStart(4, '0').slice(-4)}`;
  return `"${name}",p${i}.${salt}@example.com,${phone},Portland,Indeed,"barista; weekend",Applied through the site`;
}

/** A CSV of `rows` people, as text. */
export function peopleCsv(rows: number, salt: string): string {
  const lines = [PEOPLE_HEADER];
  for (let i = 0; i < rows; i += 1) lines.push(personLine(i, salt));
  return `${lines.join('\n')}\n`;
}

/** Writes a CSV of `rows` people to `file` a megabyte at a time, never holding the whole file in memory. */
export async function writePeopleCsv(file: string, rows: number, salt: string): Promise<void> {
  const out = createWriteStream(file);
  const flush = (text: string): Promise<void> => new Promise((done) => (out.write(text) ? done() : out.once('drain', () => done())));
  let chunk = `${PEOPLE_HEADER}\n`;
  for (let i = 0; i < rows; i += 1) {
    chunk += `${personLine(i, salt)}\n`;
    if (chunk.length > 1 << 20) {
      await flush(chunk);
      chunk = '';
    }
  }
  await flush(chunk);
  await new Promise<void>((done) => out.end(done));
}
