/**
 * Reading the content tree without Astro, for command-line reports (translation status). Finds
 * every translatable file and pairs it with its English source.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, basename, dirname } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { sourceHash, translationStatus, type TranslationStatus } from '../../src/lib/translations.ts';

export interface TranslationRow {
  /** The page: `sops/travel/2.0`, `pages/about`, `glossary`. */
  page: string;
  locale: string;
  file: string;
  status: TranslationStatus;
  method?: string;
  /** true when the translation's English source file does not exist. */
  orphan: boolean;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every translation (non-English file) under `root`, with its status against its English source. */
export function translationRows(root = 'content'): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const file of walk(root)) {
    const name = basename(file);
    const isMdx = /^[a-z]{2}\.mdx$/.test(name);
    const isGlossary = file.includes(`${join(root, 'glossary')}/`) && /^[a-z]{2}\.yaml$/.test(name);
    if (!isMdx && !isGlossary) continue;
    const locale = name.slice(0, 2);
    if (locale === 'en') continue;
    const text = readFileSync(file, 'utf8');
    const english = join(dirname(file), isMdx ? 'en.mdx' : 'en.yaml');
    const data = (isMdx ? parse(splitFrontmatter(text).frontmatter) : parse(text)) ?? {};
    const tr = data.translation as { sourceHash: string; sourceVersion?: string; method?: string } | undefined;
    const page = relative(root, dirname(file)) || 'glossary';
    if (!existsSync(english)) {
      rows.push({ page, locale, file, status: 'outdated', method: tr?.method, orphan: true });
      continue;
    }
    const enText = readFileSync(english, 'utf8');
    const hash = sourceHash(isMdx ? splitFrontmatter(enText).body : enText);
    const version = /\/(\d+(?:\.\d+)*)$/.exec(dirname(file))?.[1];
    rows.push({ page, locale, file, status: translationStatus({ locale, source: { hash, version }, translation: tr }), method: tr?.method, orphan: false });
  }
  return rows.sort((a, b) => a.page.localeCompare(b.page) || a.locale.localeCompare(b.locale));
}
