import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFiles, formatProblems, type ContentFile } from '../../src/lib/validate.ts';

const locales = ['en', 'fr', 'ar'];
const en = (version: string, status: string): ContentFile => ({ file: `content/sops/x/${version}/en.mdx`, page: 'sops/x', version, locale: 'en', status });
const fr = (version: string, extra: Partial<ContentFile> = {}): ContentFile => ({
  file: `content/sops/x/${version}/fr.mdx`, page: 'sops/x', version, locale: 'fr', status: 'current',
  translation: { sourceHash: 'aaaaaaaaaaaa', sourceVersion: version }, ...extra,
});

test('accepts a consistent set of versions and translations', () => {
  assert.deepEqual(validateFiles([en('1.0', 'superseded'), en('2.0', 'current'), fr('2.0')], locales), []);
});

test('rejects a translation of a version that has no English source, naming the file', () => {
  const [p] = validateFiles([en('1.0', 'current'), fr('3.0')], locales);
  assert.equal(p?.file, 'content/sops/x/3.0/fr.mdx');
  assert.equal(p?.field, 'version');
});

test('rejects a language that is not configured', () => {
  const [p] = validateFiles([en('1.0', 'current'), { ...fr('1.0'), locale: 'xx', file: 'content/sops/x/1.0/xx.mdx' }], locales);
  assert.equal(p?.field, 'locale');
  assert.match(p!.message, /"xx" is not a configured language/);
});

test('rejects a translation without a translation record, and an English file with one', () => {
  const problems = validateFiles([{ ...en('1.0', 'current'), translation: { sourceHash: 'aaaaaaaaaaaa' } }, fr('1.0', { translation: undefined })], locales);
  assert.deepEqual(problems.map((p) => `${p.file} ${p.field}`), ['content/sops/x/1.0/en.mdx translation', 'content/sops/x/1.0/fr.mdx translation']);
});

test('rejects a translation whose recorded source version disagrees with its folder', () => {
  const [p] = validateFiles([en('2.0', 'current'), fr('2.0', { translation: { sourceHash: 'aaaaaaaaaaaa', sourceVersion: '1.0' } })], locales);
  assert.equal(p?.field, 'translation.sourceVersion');
});

test('requires the newest published version to be current and older ones superseded', () => {
  const problems = validateFiles([en('1.0', 'current'), en('2.0', 'current'), en('3.0', 'draft')], locales);
  assert.deepEqual(problems.map((p) => p.file), ['content/sops/x/1.0/en.mdx']);
});

test('rejects two version folders with the same number ("1.0" and "1.00")', () => {
  const problems = validateFiles([en('1.0', 'superseded'), en('1.00', 'current')], locales);
  assert.ok(problems.some((p) => p.field === 'version' && /duplicates/.test(p.message)));
});

test('formats problems one per line with file and field', () => {
  assert.equal(formatProblems([{ file: 'a.mdx', field: 'title', message: 'missing' }]), 'Content problems (1):\n  a.mdx: title: missing');
});
