// Pure rules of Find anything: which parts of a shown text the typed words mark (word starts, ignoring case
// and accents, hostile text kept as text), where a found candidate matched, and which note holds the words
// with a line of it. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { candidateMatchField, matchingNote, snippetAround } from '../../electron/core/search/search-rules';
import { highlightParts } from '../../renderer/src/lib/highlight';

const marked = (text: string, query: string): string =>
  highlightParts(text, query)
    .map((p) => (p.hit ? `[${p.text}]` : p.text))
    .join('');

describe('highlightParts', () => {
  it('marks the start of each word a typed word begins, in the original letters', () => {
    expect(marked('Amara Okafor', 'oka am')).toBe('[Am]ara [Oka]for');
    expect(marked('José Núñez García', 'nun jose')).toBe('[José] [Núñ]ez García');
    expect(marked('amara.okafor@example.com', 'amara exa')).toBe('[amara].okafor@[exa]mple.com');
    // Inside a word is no match (the index matches word starts only).
    expect(marked('Chamara', 'amara')).toBe('Chamara');
  });

  it('leaves text whole for an empty or wordless query, and every character is kept', () => {
    expect(highlightParts('Bo Chen', '')).toEqual([{ text: 'Bo Chen', hit: false }]);
    expect(highlightParts('Bo Chen', ' "*( ')).toEqual([{ text: 'Bo Chen', hit: false }]);
    const hostile = '<img src=x onerror=alert(1)> Bo';
    const parts = highlightParts(hostile, 'img bo');
    expect(parts.map((p) => p.text).join('')).toBe(hostile);
    expect(marked(hostile, 'img bo')).toBe('<[img] src=x onerror=alert(1)> [Bo]');
  });
});

describe('candidateMatchField', () => {
  const amara = { fullName: 'Amara Okafor', email: 'amara@bakery.test', phone: '+1 503 555 0142', tags: ['Sourdough', 'early shifts'] };
  it('says the first shown field holding every typed word, else the résumé', () => {
    expect(candidateMatchField('okaf', amara)).toBe('name');
    expect(candidateMatchField('bakery', amara)).toBe('email');
    expect(candidateMatchField('555-0142', amara)).toBe('phone');
    expect(candidateMatchField('early shif', amara)).toBe('tag');
    expect(candidateMatchField('croissant', amara)).toBe('resume');
    // Words split over the name and a tag are in no one shown field.
    expect(candidateMatchField('amara sourdough', amara)).toBe('resume');
  });
});

describe('notes', () => {
  const amara = { fullName: 'Amara Okafor', email: 'amara@bakery.test', phone: '+1 503 555 0142', tags: ['Sourdough'] };
  const notes = [
    { kind: 'interview_note' as const, text: 'Talked through lamination.\nWants weekend shifts.' },
    { kind: 'note' as const, text: 'Called back about the Zwiebelkuchen order; weekend is fine.' },
  ];

  it('says a note or an interview note when one holds every word, after the shown fields', () => {
    expect(candidateMatchField('weekend shif', amara, notes)).toBe('interview_note');
    expect(candidateMatchField('zwiebel', amara, notes)).toBe('note');
    expect(candidateMatchField('amara', amara, notes)).toBe('name');
    // Words spread over two notes are in no one of them.
    expect(candidateMatchField('lamination zwiebel', amara, notes)).toBe('resume');
  });

  it('finds the first note holding every word, else the first holding any, with a line around the match', () => {
    expect(matchingNote('weekend fine', notes)).toEqual({ note: notes[1], snippet: '…back about the Zwiebelkuchen order; weekend is fine.' });
    expect(matchingNote('lamination zwiebel', notes)?.note).toBe(notes[0]);
    expect(matchingNote('croissant', notes)).toBeNull();
    expect(matchingNote(' "*( ', notes)).toBeNull();
  });

  it('cuts a long note at spaces around the first typed word, on one line, saying where text was left out', () => {
    const long = `${'Early and tidy. '.repeat(10)}Knows Núñez's sourdough starter well.\n${'Good with guests. '.repeat(12)}`;
    const line = snippetAround('nunez sour', long);
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(line).toContain("Knows Núñez's sourdough starter well. Good with guests.");
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThanOrEqual(162);
    // Each end falls between words.
    expect(line.slice(1, -1).trim()).toBe(line.slice(1, -1));
    expect(long).toContain(line.slice(1, -1).split(' ')[0] ?? '');
    // A short note is shown whole; a note without the word from its start.
    expect(snippetAround('tidy', 'Early and tidy.')).toBe('Early and tidy.');
    expect(snippetAround('croissant', `${'word '.repeat(50)}end`).startsWith('word word')).toBe(true);
  });
});

