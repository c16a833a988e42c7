// Unit tests for the coach's HTML-subset → plain text blocks, sentence splitting and word tokens. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { analyseSection, htmlToPlainBlocks, splitSentences, tokenizeWords } from '../../electron/core/job-descriptions/jd-check-text';

describe('htmlToPlainBlocks', () => {
  it('makes one block per paragraph and list item, joined by newlines, with exact offsets', () => {
    const plain = htmlToPlainBlocks('<p>We are <strong>hiring</strong>.</p><ul><li>Cook</li><li><p>Clean <em>up</em></p></li></ul><ol><li>First</li></ol>');
    expect(plain.text).toBe('We are hiring.\nCook\nClean up\nFirst');
    expect(plain.blocks).toEqual([
      { kind: 'paragraph', text: 'We are hiring.', start: 0, end: 14 },
      { kind: 'list-item', list: 'ul', text: 'Cook', start: 15, end: 19 },
      { kind: 'list-item', list: 'ul', text: 'Clean up', start: 20, end: 28 },
      { kind: 'list-item', list: 'ol', text: 'First', start: 29, end: 34 },
    ]);
  });

  it('decodes entities, turns br into a newline, collapses source whitespace and keeps non-breaking spaces', () => {
    const plain = htmlToPlainBlocks('<p>  Salt &amp; pepper&nbsp;only\n   here<br>next &#8211; line &#x2014; end &bogus; </p>');
    expect(plain.text).toBe('Salt & pepper\u00a0only here\nnext \u2013 line \u2014 end &bogus;');
  });

  it('splits an item with a nested list into the item text and the nested items', () => {
    const plain = htmlToPlainBlocks('<ol><li>Shifts<ul><li>Friday</li><li>Saturday</li></ul></li><li>Last</li></ol>');
    expect(plain.blocks.map((b) => [b.text, b.list])).toEqual([
      ['Shifts', 'ol'],
      ['Friday', 'ul'],
      ['Saturday', 'ul'],
      ['Last', 'ol'],
    ]);
  });

  it('drops empty blocks, comments and script content, and keeps link text', () => {
    const plain = htmlToPlainBlocks('<p></p><!-- note --><p><a href="https://example.com">Apply here</a></p><script>alert(1)</script><p> </p>');
    expect(plain.text).toBe('Apply here');
    expect(plain.blocks).toHaveLength(1);
  });

  it('treats bare text without tags as one paragraph', () => {
    expect(htmlToPlainBlocks('Just words').blocks).toEqual([{ kind: 'paragraph', text: 'Just words', start: 0, end: 10 }]);
  });
});

describe('sentences and words', () => {
  it('splits at full stops, question and exclamation marks and line breaks, not at e.g. or decimals', () => {
    const text = 'Pay is $19.50 an hour, e.g. for cooks. Ready? Apply now!\nNo stop here';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Pay is $19.50 an hour, e.g. for cooks.', 'Ready?', 'Apply now!', 'No stop here']);
  });

  it('keeps contractions, hyphenated words and numbers with separators as one word', () => {
    expect(tokenizeWords("don't miss full-time 45,000 jobs", 5).map((w) => [w.text, w.start])).toEqual([
      ["don't", 5],
      ['miss', 11],
      ['full-time', 16],
      ['45,000', 26],
      ['jobs', 33],
    ]);
  });

  it('counts each list item as a sentence even without a full stop', () => {
    const section = analyseSection('<p>We bake bread daily.</p><ul><li>Make the dough</li><li>Clean the ovens</li></ul>', 2);
    expect(section.sentences.map((s) => s.text)).toEqual(['We bake bread daily.', 'Make the dough', 'Clean the ovens']);
    expect(section.words).toHaveLength(10);
    expect(section.sectionIndex).toBe(2);
    const last = section.sentences[2];
    expect(last && section.plain.text.slice(last.start, last.end)).toBe('Clean the ovens');
  });
});
