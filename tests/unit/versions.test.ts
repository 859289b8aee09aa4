import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, sortVersions, currentVersion, replacedBy } from '../../src/lib/versions.ts';

test('orders "1.10" after "1.9" (numbers, not text)', () => {
  assert.ok(compareVersions('1.10', '1.9') > 0);
  assert.deepEqual(sortVersions([{ version: '1.10' }, { version: '1.9' }, { version: '1.2' }]).map((v) => v.version), ['1.2', '1.9', '1.10']);
});

test('treats missing parts as zero, so "2" equals "2.0"', () => {
  assert.equal(compareVersions('2', '2.0'), 0);
});

test('the current version is the newest that is not a draft', () => {
  const versions = [{ version: '1.0', status: 'superseded' }, { version: '2.0', status: 'current' }, { version: '3.0', status: 'draft' }];
  assert.equal(currentVersion(versions)?.version, '2.0');
  assert.equal(currentVersion([{ version: '1.0', status: 'draft' }]), undefined);
});

test('a superseded version is replaced by the next published one', () => {
  const versions = [{ version: '1.0', status: 'superseded' }, { version: '1.5', status: 'draft' }, { version: '2.0', status: 'current' }];
  assert.equal(replacedBy(versions, '1.0')?.version, '2.0');
  assert.equal(replacedBy(versions, '2.0'), undefined);
});

import { versionHref, changesHref, pairSlug, consecutivePairs } from '../../src/lib/version-paths.ts';

test('builds the URLs of current, frozen, changelog and diff pages', () => {
  assert.equal(versionHref('fr', 'sops', 'travel'), '/fr/sops/travel/');
  assert.equal(versionHref('fr', 'sops', 'travel', '1.0'), '/fr/sops/travel/v/1.0/');
  assert.equal(changesHref('ar', 'countries', 'ma'), '/ar/countries/ma/changes/');
  assert.equal(changesHref('ar', 'trm', 'phases', '1.0', '2.0'), '/ar/trm/phases/changes/1.0...2.0/');
  assert.equal(pairSlug('1.9', '1.10'), '1.9...1.10');
});

test('pairs each version with the next one', () => {
  assert.deepEqual(consecutivePairs(['1.0', '1.1', '2.0']), [['1.0', '1.1'], ['1.1', '2.0']]);
  assert.deepEqual(consecutivePairs(['1.0']), []);
});
