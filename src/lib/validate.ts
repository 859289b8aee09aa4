/**
 * Rules that need more than one content file at a time. The zod schemas check each file alone;
 * these check the files against each other. Each problem names the file and the field, so that a
 * writer can fix it without reading code.
 */
import { compareVersions } from './versions.ts';

/** What validation needs to know about one content file. */
export interface ContentFile {
  /** Path from the project root, e.g. `content/sops/travel/2.0/fr.mdx`. */
  file: string;
  /** The page the file belongs to, e.g. `sops/travel`. */
  page: string;
  /** The version folder, for versioned collections. */
  version?: string;
  /** The language, from the file name. */
  locale: string;
  /** Editorial status, when the collection has one. */
  status?: string;
  /** The translation record, on translations. */
  translation?: { sourceVersion?: string; sourceHash: string };
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Check language, translation records and version statuses across files. */
export function validateFiles(files: readonly ContentFile[], locales: readonly string[], sourceLocale = 'en'): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map<string, ContentFile>();
  for (const f of files) if (f.locale === sourceLocale) sources.set(`${f.page}@${f.version ?? ''}`, f);

  for (const f of files) {
    if (!locales.includes(f.locale)) {
      problems.push({ file: f.file, field: 'locale', message: `"${f.locale}" is not a configured language (${locales.join(', ')})` });
      continue;
    }
    if (f.locale === sourceLocale) {
      if (f.translation) problems.push({ file: f.file, field: 'translation', message: 'the English source must not have a translation record' });
      continue;
    }
    if (!sources.has(`${f.page}@${f.version ?? ''}`)) {
      problems.push({
        file: f.file,
        field: 'version',
        message: `translation of ${f.page}${f.version ? ` version ${f.version}` : ''}, which has no English source file`,
      });
    }
    if (!f.translation) {
      problems.push({ file: f.file, field: 'translation', message: 'a translation needs a translation record (sourceHash, method)' });
    } else if (f.version !== undefined && f.translation.sourceVersion !== undefined && f.translation.sourceVersion !== f.version) {
      problems.push({
        file: f.file,
        field: 'translation.sourceVersion',
        message: `says "${f.translation.sourceVersion}" but the file is in version folder "${f.version}"`,
      });
    }
  }

  // Versions of one page: no two folders with the same number; exactly the newest non-draft is current.
  const byPage = new Map<string, ContentFile[]>();
  for (const f of files) {
    if (f.version === undefined || f.locale !== sourceLocale) continue;
    byPage.set(f.page, [...(byPage.get(f.page) ?? []), f]);
  }
  for (const versions of byPage.values()) {
    const sorted = [...versions].sort((a, b) => compareVersions(a.version!, b.version!));
    for (let i = 1; i < sorted.length; i++) {
      if (compareVersions(sorted[i - 1]!.version!, sorted[i]!.version!) === 0) {
        problems.push({ file: sorted[i]!.file, field: 'version', message: `version "${sorted[i]!.version}" duplicates "${sorted[i - 1]!.version}"` });
      }
    }
    const published = sorted.filter((v) => v.status !== 'draft');
    published.forEach((v, i) => {
      const want = i === published.length - 1 ? 'current' : 'superseded';
      if (v.status !== want) {
        problems.push({ file: v.file, field: 'status', message: `is "${v.status}" but must be "${want}" (${want === 'current' ? 'the newest published version' : 'a newer version exists'})` });
      }
    });
  }
  return problems;
}

/** One readable block for a build error: each line names the file and the field. */
export function formatProblems(problems: readonly Problem[]): string {
  return `Content problems (${problems.length}):\n` + problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/** What checklist validation needs: the checklist file and the anchors of the SOP versions. */
export interface ChecklistFile {
  file: string;
  sop: { id: string; version: string };
  items: { id: string; step: string; condition?: string; role?: string }[];
  conditions: { id: string }[];
  roles: { id: string }[];
  retired: string[];
}

/**
 * A checklist must point at an SOP version that exists and at step anchors that exist in it; item
 * ids are unique and never reuse a retired id; conditions and roles used are declared.
 * `anchors` maps `<sop-id>@<version>` to the anchors of that version's English text.
 */
export function validateChecklist(c: ChecklistFile, anchors: ReadonlyMap<string, readonly string[]>): Problem[] {
  const problems: Problem[] = [];
  const known = anchors.get(`${c.sop.id}@${c.sop.version}`);
  if (!known) problems.push({ file: c.file, field: 'sop', message: `no SOP "${c.sop.id}" version "${c.sop.version}"` });
  const seen = new Set<string>();
  const conditions = new Set(c.conditions.map((x) => x.id));
  const roles = new Set(c.roles.map((x) => x.id));
  c.items.forEach((item, i) => {
    const at = `items[${i}]`;
    if (seen.has(item.id)) problems.push({ file: c.file, field: `${at}.id`, message: `"${item.id}" is used twice` });
    if (c.retired.includes(item.id)) problems.push({ file: c.file, field: `${at}.id`, message: `"${item.id}" is retired and must never be reused` });
    seen.add(item.id);
    if (known && !known.includes(item.step)) problems.push({ file: c.file, field: `${at}.step`, message: `"${item.step}" is not a step or heading id of SOP ${c.sop.id} ${c.sop.version}` });
    if (item.condition && !conditions.has(item.condition)) problems.push({ file: c.file, field: `${at}.condition`, message: `"${item.condition}" is not declared in conditions` });
    if (item.role && !roles.has(item.role)) problems.push({ file: c.file, field: `${at}.role`, message: `"${item.role}" is not declared in roles` });
  });
  return problems;
}

/** Every `<Term id="…">` a body uses that the glossary does not define. */
export function unknownTerms(body: string, terms: ReadonlySet<string>): string[] {
  return [...body.matchAll(/<Term\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !terms.has(id));
}

/** Anchors (heading and step ids) of the English source that a translation lacks: links and checklists point at them. */
export function missingAnchors(sourceAnchors: readonly string[], translationAnchors: readonly string[]): string[] {
  const have = new Set(translationAnchors);
  return sourceAnchors.filter((a) => !have.has(a));
}

/**
 * Calendar dates written in frontmatter that do not exist (`2026-13-45`). YAML turns them into a
 * different, real date (February 2027) without a word, so they are checked in the raw text.
 */
export function invalidDates(frontmatter: string): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  for (const m of frontmatter.matchAll(/^\s*(?:-\s+)?([A-Za-z]+):\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*$/gm)) {
    const [, field, y, mo, d] = m as unknown as [string, string, string, string, string];
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) out.push({ field, value: `${y}-${mo}-${d}` });
  }
  return out;
}
