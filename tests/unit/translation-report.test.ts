import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { translationRows } from '../../scripts/checks/content-files.ts';

const rows = translationRows('tests/fixtures/i18n');
const status = (page: string) => rows.find((r) => r.page === page);

test('a translation whose English text is unchanged is current', () => {
  assert.deepEqual([status('pages/same')?.status, status('pages/same')?.method], ['current', 'reviewed']);
});

test('a translation whose English text changed afterwards is outdated', () => {
  assert.equal(status('pages/changed')?.status, 'outdated');
});

test('a translation without an English source is reported, and the command exits non-zero', () => {
  assert.equal(status('pages/gone')?.orphan, true);
  const r = spawnSync(process.execPath, ['scripts/i18n-status.ts'], { env: { ...process.env, HANDBOOK_CONTENT: 'tests/fixtures/i18n' }, encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /pages\/gone\/fr\.mdx translates pages\/gone, which has no English source/);
});

test('the real content has no translation without a source', () => {
  assert.equal(translationRows('content').filter((r) => r.orphan).length, 0);
});
