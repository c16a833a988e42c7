// Postings without a browser: the printable HTML (self-contained, escaped, no scripts), Markdown and text
// exports, JSON-LD against Google's required properties, the search-engine check and the careers site.
// Runs in Vitest on real SQLite.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CareersExport, PostingCheck, PostingExport, Role } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { DESCRIPTION_TAGS } from '../../electron/core/postings/posting-jsonld';
import { HOSTILE, HOSTILE_ROLE, HOSTILE_SECTIONS, SHORT_ROLE, SHORT_SECTIONS } from '../helpers/posting-fixtures';
import { parseHtml, seedRole } from '../helpers/postings';
import { tempCore, tempDir, value } from '../helpers/temp-core';

const COMPANY = { name: 'Hearth & Crumb', website: 'https://hearthandcrumb.example', address: { city: 'Portland', region: 'OR', country: 'US' } };

async function setup(fields: object = SHORT_ROLE, sections = SHORT_SECTIONS): Promise<{ core: Core; role: Role }> {
  const core = tempCore({ now: () => new Date('2026-03-05T10:00:00Z') });
  value(await core.dispatch('company:update', COMPANY));
  return { core, role: await seedRole(core, fields, sections) };
}

async function exported(core: Core, roleId: string, format: string): Promise<PostingExport> {
  return value<PostingExport>(await core.dispatch('postings:export', { roleId, format }));
}

async function html(core: Core, roleId: string, layout = 'classic'): Promise<string> {
  return value<{ html: string }>(await core.dispatch('postings:html', { roleId, layout })).html;
}

/** No script element, no event handler, no URL but data:, http(s) and mailto anywhere. */
function expectInert(document: string): void {
  const parsed = parseHtml(document);
  expect(parsed.tags).not.toContain('script');
  expect(parsed.tags).not.toContain('iframe');
  expect(parsed.attributes.filter((a) => /^on/i.test(a.name))).toEqual([]);
  for (const a of parsed.attributes.filter((x) => x.name === 'href' || x.name === 'src')) {
    expect(a.value, `${a.tag} ${a.name}`).toMatch(/^(data:|https?:\/\/|mailto:)/);
  }
}

const headingsOf = (sections: typeof SHORT_SECTIONS): string[] => sections.map((s) => s.heading);
const bulletsOf = (sections: typeof SHORT_SECTIONS): string[] =>
  sections.flatMap((s) => [...s.html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '')));

describe('the printable posting HTML', () => {
  it('is one self-contained document with a strict CSP, embedded fonts and every section', async () => {
    const { core, role } = await setup();
    for (const layout of ['classic', 'flyer']) {
      const doc = await html(core, role.id, layout);
      expectInert(doc);
      expect(doc).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
      expect(doc).toContain('src:url(data:font/woff2;base64,');
      expect(doc).not.toMatch(/url\((?!data:)/);
      expect(doc).toContain('$18–$22 an hour');
    }
    const classic = parseHtml(await html(core, role.id)).text;
    let at = 0;
    for (const text of [...headingsOf(SHORT_SECTIONS), 'How to apply'].flatMap((h, i) => [h, ...(i === 1 ? bulletsOf([SHORT_SECTIONS[1]!]) : [])])) {
      const found = classic.indexOf(text, at);
      expect(found, text).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it('shows hostile text from every field as literal text', async () => {
    const { core, role } = await setup(HOSTILE_ROLE, HOSTILE_SECTIONS);
    for (const layout of ['classic', 'flyer']) {
      const doc = await html(core, role.id, layout);
      expectInert(doc);
      const text = parseHtml(doc).text;
      expect(text).toContain(HOSTILE.script);
      expect(text).toContain(HOSTILE.img);
      expect(text).toContain(HOSTILE.emoji);
      expect(text).toContain(HOSTILE.combining);
      expect(doc).toMatch(/<bdi>[^<]*\u202Eevil/);
    }
    const classic = parseHtml(await html(core, role.id)).text;
    expect(classic).toContain('javascript:alert(1)');
    expect(classic).toContain(HOSTILE.longWord);
    // The sanitizer dropped the script section content and turned the javascript: link into its text.
    expect(classic).not.toContain('alert(2)');
    expect(classic).toContain('click');
  });

  it('refuses a javascript: apply URL at the contract', async () => {
    const { core, role } = await setup();
    const result = await core.dispatch('roles:update', { id: role.id, patch: { applyUrl: HOSTILE.js } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });
});

describe('Markdown and plain-text exports', () => {
  it('carry every heading and bullet, escaped, with safe file names', async () => {
    const { core, role } = await setup();
    const md = await exported(core, role.id, 'md');
    const txt = await exported(core, role.id, 'txt');
    expect(md.fileName).toBe('weekend-barista.md');
    expect(md.mimeType).toContain('text/markdown');
    expect(txt.fileName).toBe('weekend-barista.txt');
    for (const heading of headingsOf(SHORT_SECTIONS)) {
      expect(md.content).toContain(`## ${heading}`);
      expect(txt.content).toContain(heading.toUpperCase());
    }
    for (const bullet of bulletsOf(SHORT_SECTIONS)) {
      expect(md.content).toContain(`- ${bullet}`);
      expect(txt.content).toContain(`• ${bullet}`);
    }
    expect(txt.content).toMatch(/^Weekend Barista\n=+\n/);
    expect(txt.content).not.toMatch(/<[a-z/]/i);
    expect(txt.content).toContain('our team page (hearthandcrumb.example/team)');
    expect(md.content).toContain('[our team page](<https://hearthandcrumb.example/team>)');
  });

  it('escape hostile text so Markdown shows it as text', async () => {
    const { core, role } = await setup(HOSTILE_ROLE, HOSTILE_SECTIONS);
    const md = (await exported(core, role.id, 'md')).content;
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    const txt = (await exported(core, role.id, 'txt')).content;
    expect(txt).toContain(HOSTILE.script);
  });
});

type JsonLd = Record<string, unknown> & { hiringOrganization: Record<string, unknown>; baseSalary?: Record<string, unknown> };

/** Google's required JobPosting properties, checked as its docs state them. */
function expectGoogleRequired(ld: JsonLd): void {
  expect(ld['@context']).toBe('https://schema.org/');
  expect(ld['@type']).toBe('JobPosting');
  expect(typeof ld.title).toBe('string');
  expect(String(ld.title).length).toBeGreaterThan(0);
  expect(ld.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.hiringOrganization['@type']).toBe('Organization');
  expect(String(ld.hiringOrganization.name).length).toBeGreaterThan(0);
  const tags = parseHtml(String(ld.description)).tags;
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(DESCRIPTION_TAGS as readonly string[]).toContain(tag);
  if (ld.jobLocationType === 'TELECOMMUTE') {
    expect(Array.isArray(ld.applicantLocationRequirements)).toBe(true);
  } else {
    const place = ld.jobLocation as { '@type': string; address: Record<string, string> };
    expect(place['@type']).toBe('Place');
    expect(place.address['@type']).toBe('PostalAddress');
  }
}

describe('JSON-LD', () => {
  it('has the required and the known recommended properties', async () => {
    const { core, role } = await setup();
    const file = await exported(core, role.id, 'jsonld');
    expect(file.fileName).toBe('weekend-barista.jsonld');
    const ld = JSON.parse(file.content) as JsonLd;
    expectGoogleRequired(ld);
    expect(ld).toMatchObject({
      title: 'Weekend Barista',
      datePosted: '2026-03-02',
      validThrough: '2026-03-31T23:59:59',
      employmentType: 'PART_TIME',
      hiringOrganization: { name: 'Hearth & Crumb', sameAs: 'https://hearthandcrumb.example' },
      jobLocation: { address: { addressLocality: 'Portland', addressRegion: 'OR', postalCode: '97202', addressCountry: 'United States' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 18, maxValue: 22, unitText: 'HOUR' } },
      identifier: { '@type': 'PropertyValue', value: role.id },
      directApply: false,
    });
    expect(String(ld.description)).toContain('<li>Make espresso drinks to our recipe cards</li>');
  });

  it('marks remote roles TELECOMMUTE with the countries, and dates an undated role today', async () => {
    const { core, role } = await setup({ ...SHORT_ROLE, workplace: 'remote', remoteCountries: ['Canada', 'United States'], postedOn: null, closesOn: null });
    const ld = JSON.parse((await exported(core, role.id, 'jsonld')).content) as JsonLd;
    expectGoogleRequired(ld);
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'Canada' },
      { '@type': 'Country', name: 'United States' },
    ]);
    expect(ld.jobLocation).toBeUndefined();
    expect(ld.datePosted).toBe('2026-03-05');
  });

  it('keeps hostile text as data: descriptions use only the allowed tags', async () => {
    const { core, role } = await setup(HOSTILE_ROLE, HOSTILE_SECTIONS);
    const ld = JSON.parse((await exported(core, role.id, 'jsonld')).content) as JsonLd;
    expectGoogleRequired(ld);
    expect(ld.title).toContain(HOSTILE.script);
    expect(parseHtml(String(ld.description)).text).toContain(HOSTILE.script);
  });
});

describe('postings:check', () => {
  it('lists what search engines still need, with the field to fill', async () => {
    const core = tempCore();
    const role = await seedRole(core, { title: 'Porter', workplace: 'remote', employmentType: 'other' }, []);
    const { missing } = value<PostingCheck>(await core.dispatch('postings:check', { roleId: role.id }));
    const byProperty = Object.fromEntries(missing.map((m) => [m.property, m]));
    expect(byProperty.description).toMatchObject({ required: true, field: 'description' });
    expect(byProperty['hiringOrganization.name']).toMatchObject({ required: true, field: 'company.name' });
    expect(byProperty.applicantLocationRequirements).toMatchObject({ required: true, field: 'remoteCountries' });
    expect(byProperty.baseSalary).toMatchObject({ required: false, field: 'salary' });
    expect(byProperty.validThrough).toMatchObject({ required: false, field: 'closesOn' });
    expect(missing.findIndex((m) => !m.required)).toBeGreaterThan(missing.findLastIndex((m) => m.required));
  });

  it('finds nothing required missing on a complete role', async () => {
    const { core, role } = await setup();
    const { missing } = value<PostingCheck>(await core.dispatch('postings:check', { roleId: role.id }));
    expect(missing).toEqual([]);
  });
});

describe('careers:export', () => {
  async function site(core: Core, outDir: string): Promise<CareersExport> {
    return value<CareersExport>(await core.dispatch('careers:export', { outDir }));
  }

  it('writes an index of open roles and one page each with parseable JSON-LD, no other script, no remote URL', async () => {
    const { core, role } = await setup();
    const hostile = await seedRole(core, HOSTILE_ROLE, HOSTILE_SECTIONS);
    await seedRole(core, { ...SHORT_ROLE, title: 'Weekend Barista', status: 'draft' }, SHORT_SECTIONS);
    await seedRole(core, { ...SHORT_ROLE, title: 'Closed job', status: 'closed' }, SHORT_SECTIONS);
    const out = path.join(tempDir(), 'site');
    const result = await site(core, out);
    expect(result.roles).toBe(2);
    expect(result.files.sort()).toEqual(['index.html', `roles/${'cook-script-alert-1-script-evil-crew'}.html`, 'roles/weekend-barista.html', 'style.css'].sort());
    const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const indexParsed = parseHtml(index);
    expect(indexParsed.scripts).toEqual([]);
    expect(indexParsed.text).toContain('Weekend Barista');
    expect(indexParsed.text).not.toContain('Closed job');
    expect(indexParsed.text).toContain(HOSTILE.script);
    const links = indexParsed.attributes.filter((a) => a.name === 'href' && a.tag === 'a').map((a) => a.value);
    expect(links.filter((l) => l.startsWith('roles/'))).toHaveLength(2);
    for (const file of result.files.filter((f) => f.endsWith('.html'))) {
      const doc = fs.readFileSync(path.join(out, file), 'utf8');
      const parsed = parseHtml(doc);
      expect(parsed.attributes.filter((a) => /^on/i.test(a.name))).toEqual([]);
      for (const a of parsed.attributes.filter((x) => x.name === 'src' || (x.name === 'href' && x.tag === 'link'))) expect(a.value).not.toMatch(/^[a-z]+:/i);
      if (file === 'index.html') continue;
      expect(parsed.scripts).toHaveLength(1);
      expect(parsed.scripts[0]?.type).toBe('application/ld+json');
      const ld = JSON.parse(parsed.scripts[0]?.text ?? '') as JsonLd;
      expectGoogleRequired(ld);
      expect([role.id, hostile.id]).toContain((ld.identifier as { value: string }).value);
    }
    const hostilePage = fs.readFileSync(path.join(out, 'roles', 'cook-script-alert-1-script-evil-crew.html'), 'utf8');
    expect(hostilePage).not.toContain('</script> ');
    expect(parseHtml(hostilePage).text).toContain(HOSTILE.img);
    const css = fs.readFileSync(path.join(out, 'style.css'), 'utf8');
    expect(css).toContain('@media print');
    expect(css).not.toMatch(/url\((?!data:)/);
  });

  it('refuses a relative path, a folder with other files, and a path it cannot write', async () => {
    const { core } = await setup();
    const relative = await core.dispatch('careers:export', { outDir: 'site' });
    expect(!relative.ok && relative.error.code).toBe('invalid_input');
    const busy = tempDir();
    fs.writeFileSync(path.join(busy, 'index.html'), 'my own site');
    const refused = await core.dispatch('careers:export', { outDir: busy });
    expect(!refused.ok && refused.error.message).toMatch(/already has other files/);
    expect(fs.readFileSync(path.join(busy, 'index.html'), 'utf8')).toBe('my own site');
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const unwritable = await core.dispatch('careers:export', { outDir: path.join(file, 'site') });
    expect(!unwritable.ok && unwritable.error.message).toMatch(/cannot use .*part of the path is a file/);
  });

  it('re-exports over its own previous export, removing pages of roles that closed', async () => {
    const { core, role } = await setup();
    const out = path.join(tempDir(), 'site');
    await site(core, out);
    expect(fs.existsSync(path.join(out, 'roles', 'weekend-barista.html'))).toBe(true);
    value(await core.dispatch('roles:update', { id: role.id, patch: { status: 'filled' } }));
    const again = await site(core, out);
    expect(again.roles).toBe(0);
    expect(fs.existsSync(path.join(out, 'roles', 'weekend-barista.html'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('no open roles');
  });
});
