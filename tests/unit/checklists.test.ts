import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  load, save, deleteAll, migrate, visibleItems, progress, newCase, exportCase, importCase, describeChange, storageKey, cleanLabel,
  MAX_BYTES, type ChecklistInfo, type StorageLike,
} from '../../src/lib/checklists.ts';

const info: ChecklistInfo = {
  id: 'travel-escort', version: '1.1', sop: { id: 'travel', version: '2.0' },
  items: ['a', 'b', 'c', 'd'], conditional: { c: 'child', d: 'escort' }, conditions: ['child', 'escort'],
};
const NOW = '2026-11-28T10:00:00.000Z';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.has(k) ? this.map.get(k)! : null; }
  setItem(k: string, v: string) { this.map.set(k, String(v)); }
  removeItem(k: string) { this.map.delete(k); }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  get length() { return this.map.size; }
}

test('saves and loads cases, several per checklist, independently', () => {
  const s = new MemoryStorage();
  const one = { ...newCase(info, 'REF-1', NOW), ticks: { a: NOW } };
  const two = newCase(info, 'REF-2', NOW);
  assert.equal(save(s, info.id, { one, two }), undefined);
  const { cases, notice } = load(s, info.id);
  assert.equal(notice, undefined);
  assert.deepEqual(Object.keys(cases).sort(), ['one', 'two']);
  assert.deepEqual(cases.one!.ticks, { a: NOW });
  assert.deepEqual(cases.two!.ticks, {});
});

test('nothing saved reads as no cases and no notice', () => {
  assert.deepEqual(load(new MemoryStorage(), info.id), { cases: {} });
});

test('storage that throws (private mode) reads as unavailable, and saving reports it', () => {
  const broken: StorageLike = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('quota'); }, removeItem() { throw new Error('x'); }, key() { return null; }, length: 0 };
  assert.deepEqual(load(broken, info.id), { cases: {}, notice: 'unavailable' });
  assert.equal(save(broken, info.id, { x: newCase(info, 'X', NOW) }), 'quota');
  assert.equal(load(null, info.id).notice, 'unavailable');
});

test('fuzz: 1,000+ random and corrupt stored values never throw and never touch other entries', () => {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const atoms: unknown[] = [null, true, 0, -1, 1e308, '', 'x', '<script>alert(1)</script>', [], {}, NOW, 'not a date', { __proto__: { polluted: 1 } }];
  const randomValue = (depth: number): unknown => {
    if (depth > 3 || rand() < 0.4) return pick(atoms);
    if (rand() < 0.5) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(depth + 1));
    const keys = ['format', 'v', 'checklist', 'cases', 'label', 'ticks', 'answers', 'created', 'updated', 'a', 'one', '__proto__', 'constructor'];
    return Object.fromEntries(Array.from({ length: Math.floor(rand() * 6) }, () => [pick(keys), randomValue(depth + 1)]));
  };
  const valid = JSON.stringify({ format: 'srh-checklist', v: 1, checklist: info.id, cases: { one: newCase(info, 'OK', NOW) } });
  let runs = 0;
  for (let i = 0; i < 1200; i++) {
    const s = new MemoryStorage();
    s.setItem('other-app', 'keep me');
    s.setItem(storageKey('another-checklist'), valid.replace(info.id, 'another-checklist'));
    let raw: string;
    const kind = i % 6;
    if (kind === 0) raw = JSON.stringify(randomValue(0));
    else if (kind === 1) raw = valid.slice(0, Math.floor(rand() * valid.length));
    else if (kind === 2) raw = JSON.stringify({ format: 'srh-checklist', v: 1, checklist: info.id, cases: { x: randomValue(0) } });
    else if (kind === 3) raw = valid.replace(/"[a-z]+"/, JSON.stringify(randomValue(1)));
    else if (kind === 4) raw = String.fromCharCode(...Array.from({ length: 50 }, () => Math.floor(rand() * 0xffff)));
    else raw = i % 12 === 5 ? 'x'.repeat(MAX_BYTES + 1) : valid.split('').map((ch) => (rand() < 0.02 ? '#' : ch)).join('');
    s.setItem(storageKey(info.id), raw);
    const result = load(s, info.id);
    for (const c of Object.values(result.cases)) assert.equal(typeof c.label, 'string');
    assert.equal(s.getItem('other-app'), 'keep me');
    assert.equal(Object.keys(load(s, 'another-checklist').cases).length, 1);
    runs++;
  }
  assert.ok(runs >= 1000);
});

test('a value written by something else, or for another checklist, is ignored with a notice', () => {
  const s = new MemoryStorage();
  s.setItem(storageKey(info.id), JSON.stringify({ format: 'someone-else', cases: {} }));
  assert.equal(load(s, info.id).notice, 'foreign');
  s.setItem(storageKey(info.id), JSON.stringify({ format: 'srh-checklist', v: 1, checklist: 'other', cases: {} }));
  assert.equal(load(s, info.id).notice, 'foreign');
});

test('an oversized stored value is refused with a notice', () => {
  const s = new MemoryStorage();
  s.setItem(storageKey(info.id), 'x'.repeat(MAX_BYTES + 1));
  assert.deepEqual(load(s, info.id), { cases: {}, notice: 'oversized' });
});

test('keeps the valid cases of a partly broken value and flags the rest', () => {
  const s = new MemoryStorage();
  s.setItem(storageKey(info.id), JSON.stringify({ format: 'srh-checklist', v: 1, checklist: info.id, cases: { good: newCase(info, 'G', NOW), bad: { label: 5 } } }));
  const r = load(s, info.id);
  assert.deepEqual(Object.keys(r.cases), ['good']);
  assert.equal(r.notice, 'corrupt');
});

test('deleting all saved checklists removes only our entries', () => {
  const s = new MemoryStorage();
  s.setItem('other-app', 'keep');
  save(s, 'a', { x: newCase(info, 'X', NOW) });
  save(s, 'b', { y: newCase(info, 'Y', NOW) });
  assert.equal(deleteAll(s), 2);
  assert.deepEqual([...s.map.keys()], ['other-app']);
});

test('migrating to a new checklist version keeps ticks on surviving items and flags new ones', () => {
  const old = { ...newCase({ ...info, version: '1.0', items: ['a', 'b', 'x'] }, 'R', NOW), ticks: { a: NOW, x: NOW } };
  const { state, added, removed } = migrate(old, info);
  assert.deepEqual(state.ticks, { a: NOW });
  assert.deepEqual(added, ['c', 'd']);
  assert.deepEqual(removed, ['x']);
  assert.equal(state.checklistVersion, '1.1');
  assert.deepEqual(migrate(state, info).added, []);
});

test('conditional items show only when their question is answered yes, and progress counts shown items', () => {
  assert.deepEqual(visibleItems(info, {}), ['a', 'b']);
  assert.deepEqual(visibleItems(info, { child: true, escort: false }), ['a', 'b', 'c']);
  assert.deepEqual(progress(info, { ticks: { a: NOW, c: NOW }, answers: {} }), { done: 1, total: 2 });
  assert.deepEqual(progress(info, { ticks: { a: NOW, c: NOW }, answers: { child: true } }), { done: 2, total: 3 });
});

test('an exported case imports back to the same state', () => {
  const c = { ...newCase(info, 'CASE-7', NOW), ticks: { a: NOW, c: NOW }, answers: { child: true } };
  const r = importCase(info, JSON.stringify(exportCase(info, c, NOW)));
  assert.ok(r.ok);
  assert.deepEqual(r.state, c);
  assert.deepEqual([r.dropped, r.added, r.olderSop], [[], [], undefined]);
});

test('an import made against an older SOP version says so', () => {
  const c = { ...newCase(info, 'OLD', NOW), sopVersion: '1.0' };
  const r = importCase(info, JSON.stringify(exportCase(info, c, NOW)));
  assert.ok(r.ok && r.olderSop === '1.0');
});

test('hostile or wrong files are rejected with a reason', () => {
  const good = exportCase(info, newCase(info, 'X', NOW), NOW);
  const cases: [string, string][] = [
    ['x'.repeat(10 * 1024 * 1024), 'too-large'],
    ['{not json', 'not-json'],
    [JSON.stringify({ ...good, format: 'evil' }), 'not-a-checklist'],
    [JSON.stringify({ ...good, checklist: { id: 'child-return', version: '1.0' } }), 'other-checklist'],
    [JSON.stringify({ ...good, label: 42 }), 'invalid'],
    [JSON.stringify({ ...good, ticks: { a: '<script>alert(1)</script>' } }), 'invalid'],
    [JSON.stringify({ ...good, ticks: { '<img src=x onerror=alert(1)>': NOW } }), 'invalid'],
    [JSON.stringify({ ...good, answers: { child: 'yes' } }), 'invalid'],
    [JSON.stringify({ ...good, label: 'x'.repeat(500) }), 'invalid'],
    [JSON.stringify([good]), 'not-a-checklist'],
  ];
  for (const [text, error] of cases) assert.deepEqual(importCase(info, text), { ok: false, error }, error);
});

test('a label with markup stays plain text, single-line and short', () => {
  assert.equal(cleanLabel('  <b>REF</b>\n\t42  '), '<b>REF</b> 42');
  assert.equal(cleanLabel('x'.repeat(100)).length, 60);
});

test('describes what an import would change before it replaces anything', () => {
  const before = { ...newCase(info, 'A', NOW), ticks: { a: NOW, b: NOW } };
  const after = { ...before, label: 'B', ticks: { b: NOW, c: NOW } };
  assert.deepEqual(describeChange(before, after), { ticked: ['c'], unticked: ['a'], relabel: true });
});
