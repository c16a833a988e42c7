// Pure rules of Find anything: which parts of a shown text the typed words mark (word starts, ignoring case
// and accents, hostile text kept as text), and where a found candidate matched. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { candidateMatchField } from '../../electron/core/search/search-rules';
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
