import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleCorridor, corridorPairs, corridorSlug, CORRIDOR_STEPS } from '../../src/lib/corridors.ts';
import { FACT_KEYS } from '../../src/lib/model.ts';
import type { Facts } from '../../src/lib/countries.ts';

function facts(country: string, overrides: Partial<Facts> = {}): Facts {
  const all = Object.fromEntries(
    FACT_KEYS.map((k) => [k, { status: 'known', entries: [{ text: { en: `${country} ${k}` }, asOf: '2024', sources: [{ title: `${country} ${k} source`, url: `https://${country}.example/${k}` }] }] }]),
  );
  return { ...all, ...overrides } as Facts;
}

test('a corridor lists the sources of both countries, each once', () => {
  const c = assembleCorridor({ iso: 'fr', facts: facts('fr'), sources: [{ title: 'shared', url: 'https://shared.example' }] }, { iso: 'ma', facts: facts('ma'), sources: [{ title: 'shared', url: 'https://shared.example' }] });
  const urls = c.sources.map((s) => s.url);
  assert.ok(urls.some((u) => u.startsWith('https://fr.example/')));
  assert.ok(urls.some((u) => u.startsWith('https://ma.example/')));
  assert.equal(urls.filter((u) => u === 'https://shared.example').length, 1);
});

test('an unknown fact stays unknown in the corridor', () => {
  const c = assembleCorridor({ iso: 'fr', facts: facts('fr') }, { iso: 'ma', facts: facts('ma', { reintegration: { status: 'unknown', entries: [] } }) });
  const step = c.steps.find((s) => s.id === 'reintegration')!;
  assert.equal(step.facts.find((f) => f.key === 'reintegration')?.fact.status, 'unknown');
  assert.ok(!c.sources.some((s) => s.url === 'https://ma.example/reintegration'));
});

test('departure steps use the departure country, return steps the country of return', () => {
  const c = assembleCorridor({ iso: 'it', facts: facts('it') }, { iso: 'al', facts: facts('al') });
  for (const step of c.steps) assert.equal(step.country, step.side === 'from' ? 'it' : 'al');
  assert.equal(c.steps.find((s) => s.id === 'identify-refer')!.facts[0]!.fact.entries[0]!.text.en, 'it nrmName');
});

test('a corridor to any third country keeps the return steps, without country facts', () => {
  const c = assembleCorridor({ iso: 'es', facts: facts('es') }, null);
  assert.equal(c.steps.length, CORRIDOR_STEPS.length);
  for (const step of c.steps.filter((s) => s.side === 'to')) assert.deepEqual([step.country, step.facts], [null, []]);
});

test('every step follows an SOP, and the steps run departure side first', () => {
  const sides = CORRIDOR_STEPS.map((s) => s.side);
  assert.deepEqual(sides, [...sides].sort((a, b) => (a === b ? 0 : a === 'from' ? -1 : 1)));
  for (const s of CORRIDOR_STEPS) assert.ok(s.sop.length > 0);
});

test('nine departure states and three return countries make 36 corridors', () => {
  const pairs = corridorPairs(['at', 'cy', 'fr', 'gr', 'it', 'pl', 'pt', 'es', 'gb'], ['al', 'ma', 'ua']);
  assert.equal(pairs.length, 36);
  assert.equal(new Set(pairs.map((p) => corridorSlug(p.from, p.to))).size, 36);
  assert.equal(corridorSlug('fr', null), 'fr-any');
});
