// HTML (a saved job page, or mammoth's output for .docx) → the parser's line model, keeping heading and list hints. Plain Node.
import type * as HtmlParser from 'htmlparser2';
import { normalizeText, squash, type LineHint, type SourceLine } from './jd-parse-lines';
import { lazyRequire } from '../lazy-require';

/** htmlparser2, loaded on the first HTML file read (lazy-require.ts). */
const htmlparser2 = lazyRequire<typeof HtmlParser>('htmlparser2');

// Never content: scripts and styles, and the page chrome around a posting (menus, footers, forms, share bars).
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'nav', 'footer', 'aside', 'button', 'form', 'svg', 'iframe', 'select', 'object', 'canvas', 'img']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'main', 'blockquote', 'pre', 'table', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'address', 'hr', 'body', 'center', 'details', 'summary']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['strong', 'b']);

class HtmlLineCollector {
  readonly lines: SourceLine[] = [];
  private text = '';
  private hint: LineHint = 'none';
  private indent = 0;
  private skipDepth = 0;
  private listDepth = 0;
  private itemDepth = 0;
  private boldDepth = 0;
  private boldChars = 0;
  private allChars = 0;
  private cells: string[] | null = null;
  /** The row's cells are all <th>: a header row, whose labels the row under it fills in. */
  private headerRow = false;
  private pendingHeader: string[] | null = null;

  open(name: string): void {
    if (this.skipDepth > 0 || SKIPPED.has(name)) {
      this.skipDepth += 1;
      return;
    }
    if (BOLD.has(name)) this.boldDepth += 1;
    else if (name === 'br') this.lineBreak();
    else if (name === 'ul' || name === 'ol') this.openList();
    else if (name === 'li') this.startLine('bullet', Math.max(0, this.listDepth - 1) * 2);
    else if (HEADING_TAGS.has(name)) this.startLine(name === 'h1' ? 'title' : 'heading', 0);
    else if (name === 'tr') {
      this.cells = [];
      this.headerRow = true;
    } else if (name === 'td' || name === 'th') {
      this.flushCell();
      if (name === 'td') this.headerRow = false;
    }
    else if (BLOCKS.has(name) && this.itemDepth === 0 && this.cells === null) this.flush(true);
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      return;
    }
    if (BOLD.has(name)) this.boldDepth = Math.max(0, this.boldDepth - 1);
    else if (name === 'li') this.closeItem();
    else if (name === 'ul' || name === 'ol') this.closeList();
    else if (HEADING_TAGS.has(name)) this.flush(true);
    else if (name === 'td' || name === 'th') this.flushCell();
    else if (name === 'tr') this.closeRow();
    else if (name === 'table') {
      this.emitPendingHeader();
      this.flush(true);
    } else if (BLOCKS.has(name) && this.itemDepth === 0 && this.cells === null) this.flush(true);
  }

  addText(raw: string): void {
    if (this.skipDepth > 0) return;
    this.text += raw;
    const visible = raw.replace(/\s/g, '').length;
    this.allChars += visible;
    if (this.boldDepth > 0) this.boldChars += visible;
  }

  /** Ends the current line. A paragraph wholly in bold is how many Word documents and pages mark a heading. */
  flush(blankAfter: boolean): void {
    const text = squash(normalizeText(this.text));
    if (text !== '') {
      const allBold = this.hint === 'none' && this.allChars > 0 && this.boldChars === this.allChars;
      const hint = allBold && text.split(' ').length <= 12 ? 'heading' : this.hint;
      this.lines.push({ text, indent: this.indent, hint });
    }
    if (blankAfter && this.lines.length > 0 && this.lines[this.lines.length - 1]?.text !== '') {
      this.lines.push({ text: '', indent: 0, hint: 'none' });
    }
    this.text = '';
    this.hint = 'none';
    this.indent = 0;
    this.boldChars = 0;
    this.allChars = 0;
  }

  private startLine(hint: LineHint, indent: number): void {
    this.flush(hint !== 'bullet');
    this.hint = hint;
    this.indent = indent;
    if (hint === 'bullet') this.itemDepth += 1;
  }

  // Inside a list item a <br> is the item wrapping, not a new line.
  private lineBreak(): void {
    if (this.itemDepth > 0 || this.cells !== null) this.text += ' ';
    else this.flush(false);
  }

  private openList(): void {
    this.flush(this.itemDepth === 0);
    this.listDepth += 1;
  }

  private closeItem(): void {
    this.flush(false);
    this.itemDepth = Math.max(0, this.itemDepth - 1);
  }

  private closeList(): void {
    this.flush(false);
    this.listDepth = Math.max(0, this.listDepth - 1);
    if (this.listDepth === 0) this.flush(true);
  }

  private flushCell(): void {
    if (this.cells === null) return;
    const text = squash(normalizeText(this.text));
    if (text !== '') this.cells.push(text);
    this.text = '';
  }

  /** A header row nobody filled in is a line of its own. */
  private emitPendingHeader(): void {
    const header = this.pendingHeader;
    this.pendingHeader = null;
    if (header === null) return;
    this.text = header.join(' ');
    this.allChars = this.text.length;
    this.flush(false);
  }

  /**
   * Two-cell rows in Word forms are "Job Title | Barista": read them as "Job Title: Barista". A header row of
   * labels over one row of values ("Type | Salary/Pay Rate | Deadline" over "Full Time | $20.29 | Sept 1") is
   * read as those labels' fields.
   */
  private closeRow(): void {
    this.flushCell();
    const cells = this.cells ?? [];
    this.cells = null;
    const header = this.pendingHeader;
    if (header !== null && cells.length === header.length && !this.headerRow) {
      this.pendingHeader = null;
      header.forEach((label, k) => {
        const value = cells[k] ?? '';
        if (value === '') return;
        this.text = /[:：]$/.test(label) ? `${label} ${value}` : `${label}: ${value}`;
        this.allChars = this.text.length;
        this.flush(false);
      });
      return;
    }
    this.emitPendingHeader();
    if (this.headerRow && cells.length >= 2 && cells.every((c) => c.split(' ').length <= 5)) {
      this.pendingHeader = cells;
      return;
    }
    const [label, value] = cells;
    const asField = cells.length === 2 && label !== undefined && label.split(' ').length <= 5 && !/[:：]$/.test(label);
    this.text = asField ? `${label}: ${value ?? ''}` : cells.join(' ');
    this.allChars = this.text.length;
    this.flush(false);
  }
}

/** Parses HTML leniently (broken markup never throws) and returns one source line per block, item or heading. */
export function htmlToSourceLines(html: string): SourceLine[] {
  const collector = new HtmlLineCollector();
  const parser = new (htmlparser2().Parser)(
    {
      onopentag: (name) => collector.open(name),
      onclosetag: (name) => collector.close(name),
      ontext: (text) => collector.addText(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  collector.flush(false);
  return collector.lines;
}
