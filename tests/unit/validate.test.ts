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

import { validateChecklist, unknownTerms, type ChecklistFile } from '../../src/lib/validate.ts';

const anchors = new Map([['travel@2.0', ['purpose', 'decide-escort', 'confirm-arrival']]]);
const checklist = (items: ChecklistFile['items'], extra: Partial<ChecklistFile> = {}): ChecklistFile => ({
  file: 'content/checklists/travel-escort.yaml', sop: { id: 'travel', version: '2.0' }, items,
  conditions: [{ id: 'escort' }], roles: [{ id: 'return-operator' }], retired: ['tre-old'], ...extra,
});

test('accepts a checklist whose items point at existing steps', () => {
  assert.deepEqual(validateChecklist(checklist([{ id: 'tre-1', step: 'decide-escort', condition: 'escort', role: 'return-operator' }]), anchors), []);
});

test('rejects a checklist item pointing at an unknown SOP step anchor, naming the item', () => {
  const [p] = validateChecklist(checklist([{ id: 'tre-1', step: 'no-such-step' }]), anchors);
  assert.deepEqual([p?.field, p?.file], ['items[0].step', 'content/checklists/travel-escort.yaml']);
});

test('rejects a reused item id and a retired one', () => {
  const problems = validateChecklist(checklist([{ id: 'tre-1', step: 'purpose' }, { id: 'tre-1', step: 'purpose' }, { id: 'tre-old', step: 'purpose' }]), anchors);
  assert.deepEqual(problems.map((p) => p.field), ['items[1].id', 'items[2].id']);
});

test('rejects a checklist for an SOP version that does not exist, and undeclared conditions or roles', () => {
  assert.equal(validateChecklist(checklist([], { sop: { id: 'travel', version: '9.0' } }), anchors)[0]?.field, 'sop');
  const problems = validateChecklist(checklist([{ id: 'tre-1', step: 'purpose', condition: 'child', role: 'pilot' }]), anchors);
  assert.deepEqual(problems.map((p) => p.field), ['items[0].condition', 'items[0].role']);
});

test('finds glossary terms a text uses that the glossary does not define', () => {
  assert.deepEqual(unknownTerms('<Term id="nrm">x</Term> and <Term id="nope">y</Term>', new Set(['nrm'])), ['nope']);
});

import { missingAnchors } from '../../src/lib/validate.ts';

test('finds the heading and step ids a translation dropped', () => {
  assert.deepEqual(missingAnchors(['purpose', 'steps', 'assess-risks'], ['purpose', 'steps']), ['assess-risks']);
  assert.deepEqual(missingAnchors(['purpose'], ['purpose', 'extra']), []);
});

import { invalidDates } from '../../src/lib/validate.ts';

test('finds dates that do not exist, which YAML would silently roll over', () => {
  assert.deepEqual(invalidDates('lastReviewed: 2026-13-45\nnextReview: 2027-02-28\n  - accessed: 2025-02-29\n'), [
    { field: 'lastReviewed', value: '2026-13-45' },
    { field: 'accessed', value: '2025-02-29' },
  ]);
  assert.deepEqual(invalidDates('effective: "2024-02-29"'), []);
});
