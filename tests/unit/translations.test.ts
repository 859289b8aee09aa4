import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceHash, pickTranslation, translationStatus } from '../../src/lib/translations.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

test('the source hash ignores line endings and outer white space but not the text', () => {
  assert.equal(sourceHash('Hello\r\nworld\n'), sourceHash('\nHello\nworld'));
  assert.notEqual(sourceHash('Hello world'), sourceHash('Hello world.'));
  assert.match(sourceHash('x'), /^[0-9a-f]{12}$/);
});

test('a reader gets their own language when it exists, else English marked as fallback', () => {
  const files = new Map([['en', 'E'], ['fr', 'F']]);
  assert.deepEqual(pickTranslation(files, 'fr'), { value: 'F', lang: 'fr', fallback: false });
  assert.deepEqual(pickTranslation(files, 'uk'), { value: 'E', lang: 'en', fallback: true });
  assert.equal(pickTranslation(new Map(), 'uk'), undefined);
});

test('marks a translation current when its recorded hash matches the English text', () => {
  assert.equal(translationStatus({ locale: 'fr', source: { hash: 'aaaaaaaaaaaa' }, translation: { sourceHash: 'aaaaaaaaaaaa' } }), 'current');
});

test('marks a translation outdated when the English text changed after it', () => {
  assert.equal(translationStatus({ locale: 'fr', source: { hash: 'bbbbbbbbbbbb' }, translation: { sourceHash: 'aaaaaaaaaaaa' } }), 'outdated');
});

test('marks a translation outdated when its source version is older than the current one', () => {
  assert.equal(
    translationStatus({ locale: 'fr', source: { hash: 'aaaaaaaaaaaa', version: '2.0' }, translation: { sourceHash: 'aaaaaaaaaaaa', sourceVersion: '1.0' } }),
    'outdated',
  );
});

test('marks a language without a file missing, and English as the source', () => {
  assert.equal(translationStatus({ locale: 'uk', source: { hash: 'a' } }), 'missing');
  assert.equal(translationStatus({ locale: 'en', source: { hash: 'a' } }), 'source');
});

test('splits frontmatter from the body', () => {
  assert.deepEqual(splitFrontmatter('---\ntitle: x\n---\nBody\n'), { frontmatter: 'title: x', body: 'Body\n' });
  assert.deepEqual(splitFrontmatter('No frontmatter'), { frontmatter: '', body: 'No frontmatter' });
});
