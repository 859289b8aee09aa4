import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffFact, diffFacts, needsCheck } from '../../src/lib/facts-diff.ts';
import type { Fact } from '../../src/lib/countries.ts';

const entry = (en: string, asOf = '2016') => ({ text: { en }, asOf, sources: [{ title: 's', url: 'https://s.example' }] });
const known = (...texts: string[]): Fact => ({ status: 'known', entries: texts.map((t) => entry(t)) });
const unknown: Fact = { status: 'unknown', entries: [] };
const na: Fact = { status: 'not-applicable', entries: [] };

test('a fact with the same statements, dates and sources is unchanged', () => {
  assert.equal(diffFact(known('Law 27-14'), known('Law 27-14')), 'unchanged');
  assert.equal(diffFact(unknown, unknown), 'unchanged');
});

test('a fact whose statements differ is changed', () => {
  assert.equal(diffFact(known('Act 2015'), known('Act 2015', 'Act 2022')), 'changed');
  assert.equal(diffFact(known('A'), { status: 'known', entries: [entry('A', '2023')] }), 'changed');
});

test('a fact our sources did not document before and do now is unknown-to-known', () => {
  assert.equal(diffFact(unknown, known('NRM adopted 17 March 2023')), 'unknown-to-known');
});

test('a fact that now applies where it did not is added; statements that disappear are removed', () => {
  assert.equal(diffFact(na, known('Residence permits for some victims')), 'added');
  assert.equal(diffFact(known('A'), unknown), 'removed');
});

test('diffs every fact key of two versions, in order', () => {
  const d = diffFacts({ laws: known('A') }, { laws: known('A', 'B'), ngos: known('X') });
  assert.equal(d.length, 17);
  assert.deepEqual(d.filter((x) => x.change !== 'unchanged').map((x) => `${x.key}:${x.change}`), ['laws:changed', 'ngos:added']);
});

test('a fact older than three years, or from a profile past its review date, needs checking', () => {
  const today = new Date('2026-11-28T00:00:00Z');
  const future = new Date('2027-11-28T00:00:00Z');
  assert.equal(needsCheck('2024-06', future, today), false);
  assert.equal(needsCheck('2023-12', future, today), false);
  assert.equal(needsCheck('2023-11-27', future, today), true);
  assert.equal(needsCheck('2016', future, today), true);
  assert.equal(needsCheck('2026', new Date('2026-11-01T00:00:00Z'), today), true);
});
