// The contract's savable-text rule: lone surrogates and NUL characters are found in any string or key of
// an input, with the path of the field; well-formed text (emoji, surrogate pairs) passes. Runs in Vitest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONE_SURROGATE_MESSAGE, NUL_MESSAGE, unsavableTextIssues, unsavableTextMessage } from '../../electron/contract';

describe('unsavableTextMessage', () => {
  it.each([
    ['\ud800 lone', LONE_SURROGATE_MESSAGE],
    ['end \udbff', LONE_SURROGATE_MESSAGE],
    ['\udc00 low first', LONE_SURROGATE_MESSAGE],
    ['\ude00\ud83d reversed pair', LONE_SURROGATE_MESSAGE],
    ['a\u0000b', NUL_MESSAGE],
  ])('refuses %j', (text, message) => {
    expect(unsavableTextMessage(text)).toBe(message);
  });

  it.each(['', 'plain', '😀', '\ud83d\ude00', 'Crew 👩‍🍳🥐', '\uffff\ufffd', '\u0001\t\r\n', '𝌆 '.repeat(1000)])('accepts %j', (text) => {
    expect(unsavableTextMessage(text)).toBeNull();
  });

  it('agrees with String.prototype.isWellFormed on any UTF-16', () => {
    const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', 'a'), fc.string({ unit: 'binary', maxLength: 1 })) }), (text) => {
        expect(unsavableTextMessage(text) === null).toBe(isWellFormed(text) && !text.includes('\0'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('unsavableTextIssues', () => {
  it('names every field that holds such text, nested in objects and arrays, in document order', () => {
    const input = {
      title: 'ok 😀',
      location: { city: 'Bend \ud800', street: 'fine' },
      remoteCountries: ['Canada', 'Fr\u0000ance'],
      items: [{ label: 'x' }, { label: '\udfff' }],
      count: 3,
      flag: null,
    };
    expect(unsavableTextIssues(input)).toEqual([
      { path: ['location', 'city'], message: LONE_SURROGATE_MESSAGE },
      { path: ['remoteCountries', 1], message: NUL_MESSAGE },
      { path: ['items', 1, 'label'], message: LONE_SURROGATE_MESSAGE },
    ]);
  });

  it('checks object keys and a bare string, and finds nothing in well-formed input', () => {
    expect(unsavableTextIssues({ fields: { 'Sal\ud800ary': '10' } })).toEqual([{ path: ['fields', 'Sal\ud800ary'], message: LONE_SURROGATE_MESSAGE }]);
    expect(unsavableTextIssues('\u0000')).toEqual([{ path: [], message: NUL_MESSAGE }]);
    expect(unsavableTextIssues({ a: ['😀', { b: '\ud83d\ude00' }], c: 1, d: true, e: undefined })).toEqual([]);
  });

  it('ends on cycles and deep nesting, and skips what is not JSON', { timeout: 5_000 }, () => {
    const cyclic: Record<string, unknown> = { name: '\ud800' };
    cyclic.self = cyclic;
    expect(unsavableTextIssues(cyclic)).toEqual([{ path: ['name'], message: LONE_SURROGATE_MESSAGE }]);
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(unsavableTextIssues(deep)).toHaveLength(1);
    expect(unsavableTextIssues({ when: new Date(), bytes: new Uint8Array(4), map: new Map([['\ud800', '\ud800']]) })).toEqual([]);
  });

  it('finds a lone surrogate placed anywhere in random JSON', () => {
    fc.assert(
      fc.property(fc.json().map((text) => JSON.parse(text) as unknown), (value) => {
        expect(unsavableTextIssues(value)).toEqual([]);
        const withBad = { wrapper: [value, { deep: 'x\udc00' }] };
        expect(unsavableTextIssues(withBad)).toEqual([{ path: ['wrapper', 1, 'deep'], message: LONE_SURROGATE_MESSAGE }]);
      }),
      { numRuns: 300 },
    );
  });
});
