import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSettings, writeSettings, SETTINGS_KEY } from '../../src/lib/settings.ts';

function memory() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

test('settings default to off and read garbage as the defaults', () => {
  const s = memory();
  assert.deepEqual(readSettings(s), { wipeOnExit: false });
  s.map.set(SETTINGS_KEY, '{broken');
  assert.deepEqual(readSettings(s), { wipeOnExit: false });
  s.map.set(SETTINGS_KEY, '{"wipeOnExit":"yes"}');
  assert.deepEqual(readSettings(s), { wipeOnExit: false });
  assert.deepEqual(readSettings(null), { wipeOnExit: false });
});

test('turning a setting on stores it; turning it back off leaves nothing on the device', () => {
  const s = memory();
  writeSettings(s, { wipeOnExit: true });
  assert.deepEqual(readSettings(s), { wipeOnExit: true });
  writeSettings(s, { wipeOnExit: false });
  assert.equal(s.map.size, 0);
});
