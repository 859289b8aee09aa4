/** Every version of every SOP is published, frozen, with a changelog and a diff per consecutive pair. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/locales.ts';
import { compareVersions } from '../../src/lib/versions.ts';
import { consecutivePairs, pairSlug } from '../../src/lib/version-paths.ts';

const ROOT = process.env.HANDBOOK_OUT ?? 'dist';
const CONTENT = process.env.HANDBOOK_CONTENT ?? 'content';
const sops = readdirSync(join(CONTENT, 'sops'));

test('every SOP has at least two versions', () => {
  for (const id of sops) assert.ok(readdirSync(join(CONTENT, 'sops', id)).length >= 2, id);
});

for (const { code } of LOCALES) {
  test(`${code}: every version of every SOP has a frozen page, a changelog and a diff per consecutive pair`, () => {
    for (const id of sops) {
      const versions = readdirSync(join(CONTENT, 'sops', id)).sort(compareVersions);
      for (const v of versions) assert.ok(existsSync(join(ROOT, code, 'sops', id, 'v', v, 'index.html')), `${code} ${id} v${v}`);
      assert.ok(existsSync(join(ROOT, code, 'sops', id, 'changes', 'index.html')), `${code} ${id} changelog`);
      for (const [a, b] of consecutivePairs(versions)) assert.ok(existsSync(join(ROOT, code, 'sops', id, 'changes', pairSlug(a, b), 'index.html')), `${code} ${id} ${a}...${b}`);
    }
  });
}

test('a superseded version says so and links to its replacement and to what changed', () => {
  const html = readFileSync(join(ROOT, 'en', 'sops', sops[0]!, 'v', '1.0', 'index.html'), 'utf8');
  assert.match(html, /class="notice version-banner"/);
  assert.match(html, new RegExp(`href="/en/sops/${sops[0]}/v/2\\.0/"`));
  assert.match(html, new RegExp(`href="/en/sops/${sops[0]}/changes/1\\.0\\.\\.\\.2\\.0/"`));
});

test('diffs mark insertions and deletions with <ins>/<del> and hidden labels, not colour alone', () => {
  let marked = 0;
  for (const id of sops) {
    const html = readFileSync(join(ROOT, 'en', 'sops', id, 'changes', '1.0...2.0', 'index.html'), 'utf8');
    const ins = html.match(/<ins\b[^>]*>/g) ?? [];
    const labelled = html.match(/<ins\b[^>]*><span class="visually-hidden"[^>]*>\[added\] <\/span>/g) ?? [];
    const dels = html.match(/<del\b[^>]*>/g) ?? [];
    const delLabelled = html.match(/<del\b[^>]*><span class="visually-hidden"[^>]*>\[removed\] <\/span>/g) ?? [];
    assert.equal(labelled.length, ins.length, `${id}: every <ins> starts with a hidden label`);
    assert.equal(delLabelled.length, dels.length, `${id}: every <del> starts with a hidden label`);
    marked += ins.length + dels.length;
  }
  assert.ok(marked > 0, 'the SOP diffs mark some changes');
});
