// The built-in job-description template gallery: loads, checks and searches resources/templates/*.json.
// Runs in core (plain Node under the Electron main process, the CLI and tests).
import { BuiltinTemplate } from '../../contract/template-schemas';
// Static imports, one per file, so every bundler (electron-vite, Vitest, the CLI build) ships the JSON
// inside the bundle: no file-system reads, no path resolution that differs between dev and packaged app.
// Adding a template means adding its file here too; a test fails if one is forgotten.
import accountant from '../../../resources/templates/accountant.json';
import autoMechanic from '../../../resources/templates/auto-mechanic.json';
import backEndDeveloper from '../../../resources/templates/back-end-developer.json';
import baker from '../../../resources/templates/baker.json';
import barista from '../../../resources/templates/barista.json';
import bookkeeper from '../../../resources/templates/bookkeeper.json';
import caregiver from '../../../resources/templates/caregiver.json';
import cashier from '../../../resources/templates/cashier.json';
import cleaner from '../../../resources/templates/cleaner.json';
import customerServiceRepresentative from '../../../resources/templates/customer-service-representative.json';
import deliveryDriver from '../../../resources/templates/delivery-driver.json';
import dentalAssistant from '../../../resources/templates/dental-assistant.json';
import dishwasher from '../../../resources/templates/dishwasher.json';
import electricianApprentice from '../../../resources/templates/electrician-apprentice.json';
import hairStylist from '../../../resources/templates/hair-stylist.json';
import lineCook from '../../../resources/templates/line-cook.json';
import maintenanceTechnician from '../../../resources/templates/maintenance-technician.json';
import marketingCoordinator from '../../../resources/templates/marketing-coordinator.json';
import medicalAssistant from '../../../resources/templates/medical-assistant.json';
import officeManager from '../../../resources/templates/office-manager.json';
import plumber from '../../../resources/templates/plumber.json';
import receptionist from '../../../resources/templates/receptionist.json';
import retailAssociate from '../../../resources/templates/retail-associate.json';
import salesAssociate from '../../../resources/templates/sales-associate.json';
import server from '../../../resources/templates/server.json';
import warehouseAssociate from '../../../resources/templates/warehouse-associate.json';
import webDeveloper from '../../../resources/templates/web-developer.json';

/** [file name, parsed JSON] for every shipped template; the name lets a validation error point at the file. */
const TEMPLATE_FILES: ReadonlyArray<readonly [string, unknown]> = [
  ['accountant.json', accountant],
  ['auto-mechanic.json', autoMechanic],
  ['back-end-developer.json', backEndDeveloper],
  ['baker.json', baker],
  ['barista.json', barista],
  ['bookkeeper.json', bookkeeper],
  ['caregiver.json', caregiver],
  ['cashier.json', cashier],
  ['cleaner.json', cleaner],
  ['customer-service-representative.json', customerServiceRepresentative],
  ['delivery-driver.json', deliveryDriver],
  ['dental-assistant.json', dentalAssistant],
  ['dishwasher.json', dishwasher],
  ['electrician-apprentice.json', electricianApprentice],
  ['hair-stylist.json', hairStylist],
  ['line-cook.json', lineCook],
  ['maintenance-technician.json', maintenanceTechnician],
  ['marketing-coordinator.json', marketingCoordinator],
  ['medical-assistant.json', medicalAssistant],
  ['office-manager.json', officeManager],
  ['plumber.json', plumber],
  ['receptionist.json', receptionist],
  ['retail-associate.json', retailAssociate],
  ['sales-associate.json', salesAssociate],
  ['server.json', server],
  ['warehouse-associate.json', warehouseAssociate],
  ['web-developer.json', webDeveloper],
];

// Declared before the load below runs, which sorts with it.
const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Every built-in template, validated, frozen and sorted by category, then name. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = loadBuiltinTemplates(TEMPLATE_FILES);

const BY_ID: ReadonlyMap<string, BuiltinTemplate> = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

/** The built-in template with this id, or undefined. */
export function getBuiltinTemplate(id: string): BuiltinTemplate | undefined {
  return BY_ID.get(id);
}

/**
 * Validates every file and returns them sorted by category, then name. Throws on the first bad file:
 * the files are fixed at build time, so a broken one is a bug the unit tests must catch, and failing
 * loudly beats a gallery that silently misses a template.
 */
export function loadBuiltinTemplates(files: ReadonlyArray<readonly [string, unknown]>): readonly BuiltinTemplate[] {
  const seen = new Set<string>();
  const templates = files.map(([file, json]) => {
    const parsed = BuiltinTemplate.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid';
      throw new Error(`Built-in template ${file} is invalid: ${where}`);
    }
    const template = parsed.data;
    // The id is also the file name, so a renamed file and a stale id cannot drift apart unnoticed.
    if (`${template.id}.json` !== file) throw new Error(`Built-in template ${file} has id "${template.id}"; make them match`);
    if (seen.has(template.id)) throw new Error(`Two built-in templates share the id "${template.id}"`);
    seen.add(template.id);
    return deepFreeze(template);
  });
  return Object.freeze([...templates].sort(compareByCategoryThenName));
}

function compareByCategoryThenName(a: BuiltinTemplate, b: BuiltinTemplate): number {
  return COLLATOR.compare(a.category, b.category) || COLLATOR.compare(a.name, b.name) || COLLATOR.compare(a.id, b.id);
}

/** Every caller shares these objects, so freeze them: one caller editing a template must not change it for the rest. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// ---- Search -------------------------------------------------------------------------------------

/**
 * How much a query word is worth, by where it matched. A name match must beat anything else (someone
 * typing "barista" wants the Barista card first, not a café role that mentions baristas), so the
 * ranking first compares how many query words hit the name and uses these weights only within that.
 */
const FIELD_WEIGHTS = {
  name: 100,
  title: 80,
  keywords: 60,
  /** Employment type and workplace, so "part time" or "remote" find roles by their fields, not by chance wording. */
  terms: 50,
  category: 40,
  department: 30,
  blurb: 20,
  sections: 10,
} as const;
type SearchField = keyof typeof FIELD_WEIGHTS;

type SearchEntry = {
  template: BuiltinTemplate;
  /** Position in BUILTIN_TEMPLATES: the tie-breaker, so equal scores keep the gallery's order. */
  order: number;
  /** The name as space-joined search words, to spot a query that is the name or starts it. */
  nameWords: string;
  words: Record<SearchField, readonly string[]>;
};

/** Lower case without accents, so "Café", "CAFE" and "cafe" are the same word. */
export function normalizeForSearch(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function searchWords(value: string): string[] {
  return normalizeForSearch(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Section HTML as plain words: tags dropped, the few entities the subset can contain decoded. */
function htmlWords(html: string): string[] {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'");
  return searchWords(text);
}

/** "part_time" and "onsite" as the words people type: "part time", "onsite", "on site". */
function roleTermWords(template: BuiltinTemplate): string[] {
  const { employmentType, workplace } = template.role;
  const words = [...searchWords(employmentType.replace(/_/g, ' ')), workplace];
  if (workplace === 'onsite') words.push('on', 'site');
  return words;
}

function unique(words: string[]): readonly string[] {
  return [...new Set(words)];
}

const SEARCH_INDEX: readonly SearchEntry[] = BUILTIN_TEMPLATES.map((template, order) => ({
  template,
  order,
  nameWords: searchWords(template.name).join(' '),
  words: {
    name: unique(searchWords(template.name)),
    title: unique(searchWords(template.role.title)),
    keywords: unique(template.keywords.flatMap(searchWords)),
    category: unique(searchWords(template.category)),
    terms: unique(roleTermWords(template)),
    department: unique(searchWords(template.role.department)),
    blurb: unique(searchWords(template.blurb)),
    sections: unique(template.sections.flatMap((s) => [...searchWords(s.heading), ...htmlWords(s.html)])),
  },
}));

/** The best field a query word reaches by word prefix ("dev" finds "developer"), or null when none. */
function bestFieldFor(entry: SearchEntry, queryWord: string): SearchField | null {
  let best: SearchField | null = null;
  for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
    const hit = entry.words[field].some((word) => word.startsWith(queryWord));
    if (hit && (best === null || FIELD_WEIGHTS[field] > FIELD_WEIGHTS[best])) best = field;
  }
  return best;
}

type Scored = { entry: SearchEntry; nameHits: number; score: number };

function scoreEntry(entry: SearchEntry, queryWords: readonly string[], phrase: string): Scored | null {
  let nameHits = 0;
  let score = 0;
  for (const queryWord of queryWords) {
    const field = bestFieldFor(entry, queryWord);
    // Every word must match somewhere: "dental assistant" should not list every assistant role.
    if (field === null) return null;
    if (field === 'name') nameHits += 1;
    score += FIELD_WEIGHTS[field];
  }
  if (entry.nameWords === phrase) score += 200;
  else if (entry.nameWords.startsWith(phrase)) score += 100;
  return { entry, nameHits, score };
}

/**
 * Templates matching every word of the query in their name, role title, category, keywords, blurb or
 * section text (case- and accent-insensitive, word prefixes). Best first: most words found in the
 * name, then by score, then the gallery's order. An empty query returns every template in that order.
 */
export function searchTemplates(query: string): BuiltinTemplate[] {
  const queryWords = searchWords(query);
  if (queryWords.length === 0) return [...BUILTIN_TEMPLATES];
  const phrase = queryWords.join(' ');
  return SEARCH_INDEX.map((entry) => scoreEntry(entry, queryWords, phrase))
    .filter((scored): scored is Scored => scored !== null)
    .sort((a, b) => b.nameHits - a.nameHits || b.score - a.score || a.entry.order - b.entry.order)
    .map((scored) => scored.entry.template);
}
