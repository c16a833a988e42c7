// The one escaping function of each output context (electron/core/escaping), on the payloads that break
// each context and on random Unicode, read back by an independent parser. Runs in Vitest (Node).
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { inertCell } from '../../electron/core/escaping/csv-cell';
import { escapeHtml } from '../../electron/core/escaping/escape-html';
import { escapeMarkdown } from '../../electron/core/escaping/escape-markdown';
import { icsText } from '../../electron/core/escaping/ics-text';
import { jsonForScript } from '../../electron/core/escaping/script-json';
import { HOSTILE_PAYLOADS, hostileText } from '../helpers/hostile-text';
import { markdownSyntax, readHtml, unescapeMarkdown } from '../helpers/output-checks';

const RUNS = 300;

describe('escapeHtml', () => {
  it('turns & < > " \' into entities and leaves everything else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Fish & chips</a> 😀`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Fish &amp; chips&lt;/a&gt; 😀');
  });

  it('keeps any text as the text of an element and the value of a quoted attribute', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = `<p title="${escapeHtml(text)}" class='${escapeHtml(text)}'>${escapeHtml(text)}</p>`;
        const doc = parseDocument(html, { decodeEntities: true });
        expect(doc.children).toHaveLength(1);
        const p = doc.children[0] as unknown as { name: string; attribs: Record<string, string>; children: { type: string; data: string }[] };
        expect(p.name).toBe('p');
        expect(p.attribs).toEqual({ title: text, class: text });
        expect(p.children.map((c) => c.data).join('')).toBe(text);
        expect(p.children.every((c) => c.type === 'text')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('jsonForScript', () => {
  it('writes < > & U+2028 U+2029 as \\u escapes', () => {
    expect(jsonForScript({ t: '</script><!--&\u2028\u2029' })).toBe('{\n  "t": "\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"\n}');
  });

  it('stays one script element whatever the data, and parses back to exactly the data', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 4 }), hostileText, (list, text) => {
        const value = { text, list, nested: { [text]: list } };
        const json = jsonForScript(value);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(value);
        const page = readHtml(`<script type="application/ld+json">${json}</script><p>after</p>`);
        expect(page.problems).toEqual([]);
        expect(page.jsonLd).toEqual([json]);
        expect(page.text).toBe('after');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['*bold* _em_', '\\*bold\\* \\_em\\_'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['-2+3', '\\-2\\+3'],
    ['1. item', '1\\. item'],
    ['&amp;', '\\&amp;'],
    ['a\\b', 'a\\\\b'],
    ['one\ntwo\r\n- three', 'one\\\ntwo\\\n\\- three'],
  ])('escapes %j', (text, md) => {
    expect(escapeMarkdown(text)).toBe(md);
  });

  it('joins lines with a space for one-line places', () => {
    expect(escapeMarkdown('Head\n# Baker\r\n1) x', 'space')).toBe('Head \\# Baker 1\\) x');
  });

  it('leaves no syntax unescaped and gives back the text when the escapes are removed', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const md = escapeMarkdown(text);
        expect(markdownSyntax(md)).toEqual([]);
        expect(unescapeMarkdown(md)).toBe(text.replace(/\r\n?/g, '\n'));
        const line = escapeMarkdown(text, 'space');
        expect(line).not.toMatch(/[\r\n]/);
        expect(markdownSyntax(line)).toEqual([]);
        expect(unescapeMarkdown(line)).toBe(text.split(/\r\n?|\n/).join(' '));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('inertCell', () => {
  it('puts a quote before a cell a spreadsheet would run as a formula', () => {
    const cells = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1)', '\tTAB', '\r\nx', 'plain', ' =1', ''];
    expect(cells.map(inertCell)).toEqual(['\'=HYPERLINK("http://x")', "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1)", "'\tTAB", "'\r\nx", 'plain', ' =1', '']);
  });

  it('round-trips through papaparse: the cell reads back as written, never starting a formula', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (row) => {
        const csv = Papa.unparse([['id', ...row.map(inertCell)]], { newline: '\r\n' });
        const [read] = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n' }).data;
        expect(read).toEqual(['id', ...row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))]);
        for (const cell of read ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('icsText', () => {
  it('makes every line end a line feed and drops control characters but tab', () => {
    expect(icsText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(icsText('\u0001x\u0008\u000b\u001f\u007f\u0085y\tz')).toBe('xy\tz');
  });

  it('changes nothing else', () => {
    for (const payload of HOSTILE_PAYLOADS) expect(icsText(payload)).toBe(payload.replace(/\r\n?/g, '\n'));
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = icsText(text);
        expect(out).not.toMatch(/(?![\t\n])\p{Cc}/u);
        expect(out).toBe(text.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, ''));
      }),
      { numRuns: RUNS },
    );
  });
});
