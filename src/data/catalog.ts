/**
 * The bridge between Astro's content collections and the pure logic in src/lib: it loads every
 * collection once, runs the cross-file checks (a problem fails the build, naming file and field),
 * and groups files by page, version and language for the routes to render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALE_CODES, DEFAULT_LOCALE } from '../i18n/locales.ts';
import { validateFiles, validateChecklist, unknownTerms, missingAnchors, invalidDates, formatProblems, type ContentFile } from '../lib/validate.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { anchorsOf } from '../lib/heading-ids.ts';
import { sortVersions, currentVersion } from '../lib/versions.ts';
import { readFileSync } from 'node:fs';
import { COUNTRIES } from '../lib/model.ts';
import { versionHref as versionHrefOf } from '../lib/version-paths.ts';
import type { Facts } from '../lib/countries.ts';
import type { CountryInput } from '../lib/corridors.ts';
import { pickTranslation, sourceHash, translationStatus, type Picked, type TranslationStatus } from '../lib/translations.ts';

type VersionedName = 'sops' | 'trm' | 'countries';
type Entry<C extends VersionedName | 'pages'> = CollectionEntry<C>;

/** One version of a versioned page, with its files by language. */
export interface Version<E> {
  version: string;
  /** Status of the English source of this version. */
  status: string;
  byLang: Map<string, E>;
}

/** A versioned page (an SOP, a TRM page, a country profile): its versions oldest first. */
export interface VersionedPage<E> {
  id: string;
  versions: Version<E>[];
  /** The version readers follow by default. */
  current: Version<E>;
}

function splitId(id: string): string[] {
  return id.split('/');
}

function groupVersioned<E extends { id: string; data: { status: string } }>(entries: E[]): Map<string, VersionedPage<E>> {
  const pages = new Map<string, Map<string, Map<string, E>>>();
  for (const e of entries) {
    const [page, version, lang] = splitId(e.id) as [string, string, string];
    const versions = pages.get(page) ?? new Map<string, Map<string, E>>();
    const byLang = versions.get(version) ?? new Map<string, E>();
    byLang.set(lang, e);
    versions.set(version, byLang);
    pages.set(page, versions);
  }
  const out = new Map<string, VersionedPage<E>>();
  for (const [id, versions] of pages) {
    const list = sortVersions(
      [...versions].flatMap(([version, byLang]) => {
        const source = byLang.get(DEFAULT_LOCALE);
        return source ? [{ version, status: source.data.status, byLang }] : [];
      }),
    );
    const current = currentVersion(list);
    if (current) out.set(id, { id, versions: list, current });
  }
  return out;
}

function toFile(collection: string, e: { id: string; filePath?: string; data: { status?: string; translation?: { sourceHash: string; sourceVersion?: string } } }, versioned: boolean): ContentFile {
  const parts = splitId(e.id);
  const locale = parts.at(-1)!;
  return {
    file: e.filePath ?? `content/${collection}/${e.id}`,
    page: `${collection}/${parts[0]}`,
    version: versioned ? parts[1] : undefined,
    locale,
    status: e.data.status,
    translation: e.data.translation,
  };
}

async function load() {
  const [sops, trm, countries, pages, glossary, countryData, checklists, searchTerms, training] = await Promise.all([
    getCollection('sops'),
    getCollection('trm'),
    getCollection('countries'),
    getCollection('pages'),
    getCollection('glossary'),
    getCollection('countryData'),
    getCollection('checklists'),
    getCollection('searchTerms'),
    getCollection('training'),
  ]);
  const files: ContentFile[] = [
    ...sops.map((e) => toFile('sops', e, true)),
    ...trm.map((e) => toFile('trm', e, true)),
    ...countries.map((e) => toFile('countries', e, true)),
    ...pages.map((e) => toFile('pages', e, false)),
    ...training.map((e) => toFile('training', e, false)),
    ...glossary.map((e) => ({ file: e.filePath ?? `content/glossary/${e.id}`, page: 'glossary', locale: e.id, translation: e.data.translation })),
  ];
  const problems = validateFiles(files, LOCALE_CODES, DEFAULT_LOCALE);
  // A country version is its facts (data.yaml) and its English text (en.mdx): one without the other is an error.
  const dataIds = new Set(countryData.map((e) => e.id.replace(/\/data$/, '')));
  for (const e of countries.filter((c) => c.id.endsWith('/en'))) {
    const key = e.id.replace(/\/en$/, '');
    if (!dataIds.has(key)) problems.push({ file: e.filePath ?? e.id, field: 'data.yaml', message: `no facts file content/countries/${key}/data.yaml beside this profile` });
  }
  for (const e of countryData) {
    const key = e.id.replace(/\/data$/, '');
    if (!countries.some((c) => c.id === `${key}/en`)) problems.push({ file: e.filePath ?? e.id, field: 'en.mdx', message: `no English profile text content/countries/${key}/en.mdx beside these facts` });
  }
  // Checklists point at SOP steps that exist; texts use glossary terms that exist.
  const anchors = new Map(sops.filter((e) => e.id.endsWith('/en')).map((e) => [e.id.split('/').slice(0, 2).join('@'), anchorsOf(e.body ?? '')]));
  for (const c of checklists) problems.push(...validateChecklist({ file: c.filePath ?? c.id, ...c.data }, anchors));
  // Dates that do not exist: YAML would have turned them into other dates already.
  for (const e of [...sops, ...trm, ...countries, ...pages, ...training, ...glossary, ...countryData, ...checklists]) {
    if (!e.filePath) continue;
    const text = readFileSync(e.filePath, 'utf8');
    const head = e.filePath.endsWith('.mdx') ? splitFrontmatter(text).frontmatter : text;
    for (const d of invalidDates(head)) problems.push({ file: e.filePath, field: d.field, message: `${d.value} is not a date that exists` });
  }
  // Translations keep every heading and step id of their English source.
  const byPath = new Map([...sops, ...trm, ...countries, ...pages, ...training].map((e) => [`${e.collection}/${e.id}`, e]));
  for (const [key, e] of byPath) {
    if (key.endsWith('/en')) continue;
    const source = byPath.get(key.replace(/\/[a-z]{2}$/, '/en'));
    if (!source) continue;
    const missing = missingAnchors(anchorsOf(source.body ?? ''), anchorsOf(e.body ?? ''));
    if (missing.length) problems.push({ file: e.filePath ?? e.id, field: 'body', message: `lacks the ids of its English source: ${missing.join(', ')}` });
  }
  const terms = new Set(glossary.find((g) => g.id === DEFAULT_LOCALE)?.data.terms.map((t) => t.id) ?? []);
  for (const e of [...sops, ...trm, ...countries, ...pages, ...training]) {
    for (const id of unknownTerms(e.body ?? '', terms)) problems.push({ file: e.filePath ?? e.id, field: 'Term', message: `<Term id="${id}"> is not in the glossary (content/glossary/en.yaml)` });
  }
  if (problems.length) throw new Error(formatProblems(problems));

  const trainingMap = new Map<string, Map<string, CollectionEntry<'training'>>>();
  for (const e of training) {
    const [id, lang] = splitId(e.id) as [string, string];
    trainingMap.set(id, (trainingMap.get(id) ?? new Map()).set(lang, e));
  }
  const pageMap = new Map<string, Map<string, Entry<'pages'>>>();
  for (const e of pages) {
    const [id, lang] = splitId(e.id) as [string, string];
    pageMap.set(id, (pageMap.get(id) ?? new Map()).set(lang, e));
  }
  return {
    sops: groupVersioned(sops),
    trm: groupVersioned(trm),
    countries: groupVersioned(countries),
    pages: pageMap,
    glossary: new Map(glossary.map((e) => [e.id, e])),
    checklists: new Map(checklists.map((e) => [e.id, e])),
    /** Training modules by id, then language. */
    training: trainingMap,
    /** Word groups for search, by locale. */
    searchTerms: new Map(searchTerms.map((e) => [e.id, e.data.groups])),
    /** Structured facts by `<iso2>/<version>`. */
    countryData: new Map(countryData.map((e) => [e.id.replace(/\/data$/, ''), e])),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything, loaded and checked once per build. */
export function catalog() {
  return (cached ??= load());
}

/** The SOPs in phase order. */
export async function sopsInOrder(): Promise<VersionedPage<Entry<'sops'>>[]> {
  const { sops } = await catalog();
  return [...sops.values()].sort(
    (a, b) => a.current.byLang.get(DEFAULT_LOCALE)!.data.phase - b.current.byLang.get(DEFAULT_LOCALE)!.data.phase,
  );
}

/** A general page for a reader of `locale` (English with `fallback: true` when untranslated). */
export async function page(id: string, locale: string): Promise<Picked<Entry<'pages'>> | undefined> {
  const byLang = (await catalog()).pages.get(id);
  return byLang && pickTranslation(byLang, locale);
}

/** The file of one version for a reader of `locale`. */
export function inLocale<E>(version: Version<E>, locale: string): Picked<E> {
  return pickTranslation(version.byLang, locale)!;
}

/** One row of the translation status table: a page and, per language, where its translation stands. */
export interface StatusRow {
  /** English title. */
  title: string;
  /** Path segments after the locale (`['sops', 'travel']`). */
  path: string[];
  /** Source file of the row, for the build report. */
  file: string;
  byLocale: Record<string, { status: TranslationStatus; method?: string }>;
}

/** Translation status of every current page in every language (the translation-status page and report). */
export async function translationRows(): Promise<StatusRow[]> {
  const c = await catalog();
  const rows: StatusRow[] = [];
  const row = (_title: string, path: string[], byLang: Map<string, any>, version: string | undefined, sourceText: (e: any) => string) => {
    const source = byLang.get(DEFAULT_LOCALE)!;
    const hash = sourceHash(sourceText(source));
    const byLocale: StatusRow['byLocale'] = {};
    for (const locale of LOCALE_CODES) {
      const tr = byLang.get(locale);
      byLocale[locale] = {
        status: translationStatus({ locale, source: { hash, version }, translation: tr?.data.translation }),
        method: tr?.data.translation?.method,
      };
    }
    rows.push({ title: source.data.title ?? 'Glossary', path, file: source.filePath ?? '', byLocale });
  };
  const body = (e: any) => e.body ?? '';
  const pagePath: Record<string, string[]> = { home: [], 'sops-overview': ['sops'] };
  for (const [id, byLang] of c.pages) row(byLang.get(DEFAULT_LOCALE)!.data.title, pagePath[id] ?? [id], byLang, undefined, body);
  for (const sop of await sopsInOrder()) row(sop.current.byLang.get(DEFAULT_LOCALE)!.data.title, ['sops', sop.id], sop.current.byLang, sop.current.version, body);
  for (const [name, group] of [['trm', c.trm], ['countries', c.countries]] as const) {
    for (const p of group.values()) row(p.current.byLang.get(DEFAULT_LOCALE)!.data.title, [name, p.id], p.current.byLang, p.current.version, body);
  }
  if (c.glossary.has(DEFAULT_LOCALE)) row('Glossary', ['glossary'], c.glossary, undefined, (e) => readFileSync(e.filePath, 'utf8'));
  return rows;
}

/** The corridors to build: departure states (EU) and countries of return that have profiles. */
export async function corridorList(): Promise<{ departure: string[]; returns: string[] }> {
  const { countries, countryData } = await catalog();
  const group = (iso: string) => countryData.get(`${iso}/${countries.get(iso)!.current.version}`)?.data.group;
  const present = COUNTRIES.filter((iso) => countries.has(iso));
  return { departure: present.filter((iso) => group(iso) === 'eu-departure'), returns: present.filter((iso) => group(iso) === 'priority-return') };
}

/** A country's current facts and profile sources, ready for corridor assembly. */
export async function countryInput(iso: string): Promise<CountryInput> {
  const { countries, countryData } = await catalog();
  const profile = countries.get(iso)!;
  return {
    iso,
    facts: countryData.get(`${iso}/${profile.current.version}`)!.data.facts as Facts,
    sources: profile.current.byLang.get(DEFAULT_LOCALE)!.data.sources,
  };
}

/** One published version of a versioned page, as the What's new page and the feeds list it. */
export interface ChangeEvent {
  section: 'sops' | 'countries' | 'trm';
  id: string;
  version: string;
  /** Title in the reader's language (English when untranslated: then `lang` is `en`). */
  title: string;
  lang: string;
  date: Date;
  changes: string[];
}

/** Every published version of every SOP, country profile and TRM page, newest first. */
export async function changeEvents(locale: string): Promise<ChangeEvent[]> {
  const c = await catalog();
  const events: ChangeEvent[] = [];
  const groups: [ChangeEvent['section'], Map<string, VersionedPage<any>>][] = [['sops', c.sops], ['countries', c.countries], ['trm', c.trm]];
  for (const [section, group] of groups) {
    for (const page of group.values()) {
      for (const v of page.versions.filter((x) => x.status !== 'draft')) {
        const picked = inLocale(v, locale);
        events.push({ section, id: page.id, version: v.version, title: picked.value.data.title, lang: picked.lang, date: picked.value.data.effective, changes: picked.value.data.changes });
      }
    }
  }
  return events.sort((a, b) => b.date.getTime() - a.date.getTime() || a.section.localeCompare(b.section) || a.id.localeCompare(b.id));
}

/** The links a version switcher shows for a versioned page, oldest first. */
export function versionLinks(page: VersionedPage<any>, locale: string, section: string) {
  return page.versions.map((v) => ({
    version: v.version,
    status: v.status,
    effective: v.byLang.get(DEFAULT_LOCALE)!.data.effective as Date,
    href: v === page.current ? versionHrefOf(locale, section, page.id) : versionHrefOf(locale, section, page.id, v.version),
  }));
}

/** The published version after `version`, if any (the one that replaced it). */
export function nextPublished<E>(page: VersionedPage<E>, version: Version<E>): Version<E> | undefined {
  const published = page.versions.filter((v) => v.status !== 'draft');
  return published.includes(version) ? published[published.indexOf(version) + 1] : undefined;
}
