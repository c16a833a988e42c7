// The section HTML sanitizer: hostile markup removed, the allowed subset kept, idempotent on any input,
// and every built-in template already clean. Runs in Vitest (Node).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeSectionHtml as clean } from '../../electron/core/descriptions/descriptions-sanitize';
import { BUILTIN_TEMPLATES } from '../../electron/core/templates/builtin-templates';

const ALLOWED = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br']);

/** Every tag left in the output is in the subset, with only a safe href and rel; text holds no raw "<". */
function expectSafe(html: string): void {
  const withoutTags = html.replace(/<\/?([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g, (_tag, name: string, attrs: string) => {
    expect(ALLOWED.has(name.toLowerCase()), html).toBe(true);
    for (const [, attr, val] of attrs.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      expect(['href', 'rel'], html).toContain(attr);
      if (attr === 'href') expect(val, html).toMatch(/^(?:https?:\/\/|mailto:)/i);
    }
    return '';
  });
  expect(withoutTags, html).not.toContain('<');
}

describe('sanitizeSectionHtml: hostile input', () => {
  const cases: [string, string, string][] = [
    ['script', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['event handler', '<p onclick="x()" onmouseover="y()">a</p>', '<p>a</p>'],
    ['style attribute', '<p style="background:url(https://evil.example/t.png)">a</p>', '<p>a</p>'],
    ['style element', '<style>*{display:none}</style><p>a</p>', '<p>a</p>'],
    ['img onerror', '<img src=x onerror="alert(1)"><p>a</p>', '<p>a</p>'],
    ['javascript: href', '<p><a href="javascript:alert(1)">a</a></p>', '<p>a</p>'],
    ['encoded javascript: href', '<p><a href="jav&#x09;ascript:alert(1)">a</a></p>', '<p>a</p>'],
    ['upper-case javascript: href', '<p><a href="JAVASCRIPT:alert(1)">a</a></p>', '<p>a</p>'],
    ['data: URL', '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">a</a></p>', '<p>a</p>'],
    ['protocol-relative URL', '<p><a href="//evil.example">a</a></p>', '<p>a</p>'],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>a</p>', '<p>a</p>'],
    ['object and embed', '<object data="x.swf"><embed src="x.swf"></object><p>a</p>', '<p>a</p>'],
    ['nested script trick', '<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
    ['split script trick', '<<script>script>alert(1)<</script>/script>', '&lt;/script&gt;'],
    ['svg with script', '<svg onload="alert(1)"><script>alert(2)</script><text>t</text></svg><p>a</p>', '<p>a</p>'],
    ['math with link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math><p>a</p>', '<p>a</p>'],
    ['base and meta', '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><p>a</p>', '<p>a</p>'],
    ['form', '<form action="https://evil.example"><input value="x"><button>Go</button></form>', 'Go'],
    ['comment', '<!-- <script>alert(1)</script> --><p>a</p>', '<p>a</p>'],
    ['target and rel on a link', '<p><a href="https://ok.example" target="_blank" rel="opener">a</a></p>', '<p><a href="https://ok.example" rel="noopener noreferrer">a</a></p>'],
  ];
  for (const [name, input, expected] of cases) {
    it(`removes ${name}`, () => {
      const output = clean(input);
      expect(output).toBe(expected);
      expectSafe(output);
    });
  }
});

describe('sanitizeSectionHtml: the allowed subset', () => {
  it('keeps paragraphs, lists, emphasis, line breaks and safe links', () => {
    const html =
      '<p>Hello <strong>there</strong>, <em>you</em>.<br />Next line</p>' +
      '<ul><li><p>One</p></li><li>Two</li></ul><ol><li>First</li></ol>' +
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">web</a> ' +
      '<a href="http://example.com" rel="noopener noreferrer">plain</a> ' +
      '<a href="mailto:jobs@example.com" rel="noopener noreferrer">mail</a></p>';
    expect(clean(html)).toBe(html);
  });

  it('maps b and i to strong and em, turns pasted blocks into paragraphs, and adds rel to links', () => {
    expect(clean('<b>B</b> <i>I</i>')).toBe('<strong>B</strong> <em>I</em>');
    expect(clean('<h3>One</h3><div><p>Two</p><p>Three</p></div>')).toBe('<p>One</p><p>Two</p><p>Three</p>');
    expect(clean('<div>One</div><div>Two</div><table><tr><td>Three</td></tr></table>')).toBe('One Two Three');
    expect(clean('<a href="https://x.example">x</a>')).toBe('<a href="https://x.example" rel="noopener noreferrer">x</a>');
  });

  it('drops empty paragraphs at the edges, keeps one of a run inside, and drops empty formatting', () => {
    expect(clean('<p></p><p> </p><p>a</p><p></p><p><br></p><p>b</p><p><br /></p>')).toBe('<p>a</p><p></p><p>b</p>');
    expect(clean('<p>a<strong></strong><em> </em></p>')).toBe('<p>a</p>');
  });

  it('is idempotent on arbitrary markup', () => {
    const tags = fc.constantFrom('p', 'ul', 'li', 'b', 'strong', 'em', 'a', 'div', 'h2', 'script', 'svg', 'span', 'br', 'img', 'ol', 'table', 'td');
    const attr = fc.constantFrom('', ' href="https://x.example"', ' href="javascript:x"', ' onclick="x"', ' style="color:red"', ' href=""');
    const text = fc.string({ maxLength: 8 });
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.tuple(tags, attr, fc.array(tie('node'), { maxLength: 3 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (nodes) => {
        const once = clean(nodes.join(''));
        expect(clean(once)).toBe(once);
        expectSafe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves every built-in template section unchanged', () => {
    for (const template of BUILTIN_TEMPLATES) {
      for (const section of template.sections) expect(clean(section.html), `${template.id}: ${section.heading}`).toBe(section.html);
    }
  });
});
