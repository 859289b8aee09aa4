/** The PDF handbooks: one per content language, with extractable text, embedded fonts and every SOP title. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parse } from 'yaml';
import { LOCALES } from '../../src/i18n/locales.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const ROOT = process.env.HANDBOOK_OUT ?? 'dist';
const CONTENT = process.env.HANDBOOK_CONTENT ?? 'content';
const tool = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
const hasPoppler = tool('pdftotext', ['-v']).status === 0;

/**
 * Text as pdftotext gives it may split Arabic lam-alef ligatures differently (الآمنة → اآلمنة), put spaces inside words, and
 * drop vowel marks: compare without alef, lam and marks, so the same words match.
 */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/[\u064B-\u065F\u0670]/g, '').replace(/[\u0622\u0623\u0625\u0627\u0644]/g, '').replace(/\s+/g, '');
}

/** The current title of each SOP in a language (English where not translated). */
function sopTitles(locale: string): string[] {
  return readdirSync(join(CONTENT, 'sops')).map((id) => {
    const versions = readdirSync(join(CONTENT, 'sops', id)).sort((a, b) => Number(a) - Number(b));
    const dir = join(CONTENT, 'sops', id, versions.at(-1)!);
    const file = existsSync(join(dir, `${locale}.mdx`)) ? join(dir, `${locale}.mdx`) : join(dir, 'en.mdx');
    return String(parse(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter).title);
  });
}

for (const { code } of LOCALES.filter((l) => l.content)) {
  test(`${code}: the PDF handbook has a cover, contents and every SOP, with text that can be extracted`, { skip: !hasPoppler && 'pdftotext (poppler-utils) is not installed' }, async () => {
    const file = join(ROOT, 'pdf', `handbook-${code}.pdf`);
    assert.ok(existsSync(file), file);
    const doc = await PDFDocument.load(readFileSync(file));
    assert.ok(doc.getPageCount() >= 10, `${doc.getPageCount()} pages`);
    const text = normalize(tool('pdftotext', ['-q', file, '-']).stdout);
    for (const title of sopTitles(code)) {
      const words = title.split(/\s+/).filter((w) => w.length > 3).slice(0, 3);
      for (const w of words) assert.ok(text.includes(normalize(w.replace(/[:,()]/g, ''))), `${code}: "${w}" of "${title}" not found in the PDF text`);
    }
    const fonts = tool('pdffonts', [file]).stdout.split('\n').slice(2).filter(Boolean);
    assert.ok(fonts.length > 0 && fonts.every((l) => / yes +yes +yes /.test(l) || / yes +yes +no /.test(l)), 'every font is embedded');
    const home = readFileSync(join(ROOT, code, 'index.html'), 'utf8');
    assert.match(home, new RegExp(`href="/pdf/handbook-${code}\\.pdf"`), 'the home page links to it');
  });
}
