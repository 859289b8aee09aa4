/**
 * Bad content never ships: each tree in tests/fixtures/malformed/<case>/ is the valid fixture with a
 * few files replaced; its case.json says which file and which field the build error must name.
 */
import { test, suite } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildTree } from './build-helpers.ts';

const VALID = 'tests/fixtures/valid';
const MALFORMED = 'tests/fixtures/malformed';

test('the valid fixture builds, in every language, with a search index', async () => {
  const r = await buildTree(VALID);
  assert.ok(r.ok, r.output.slice(-3000));
  for (const l of ['en', 'fr', 'ar', 'sq', 'uk']) assert.ok(existsSync(join(r.out, l, 'index.html')), `${l}/index.html`);
  assert.ok(existsSync(join(r.out, 'pagefind', 'pagefind.js')));
  // The fixture's French "about" page was translated from an older English text.
  const about = readFileSync(join(r.out, 'fr', 'about', 'index.html'), 'utf8');
  assert.match(about, /data-outdated/, 'an outdated translation shows the notice');
  assert.match(r.output, /translations: 1 outdated/, 'the build lists it');
  assert.doesNotMatch(readFileSync(join(r.out, 'fr', 'sops', 'demo', 'index.html'), 'utf8'), /data-outdated/, 'a current translation does not');
});

// One build at a time: Astro writes its prerender output inside the project (.astro/).
suite('malformed content', () => {
  for (const name of readdirSync(MALFORMED).sort()) {
    const dir = join(MALFORMED, name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { why: string; expect: string[]; remove?: string[] };
    test(`fails the build when ${spec.why} (${name}), naming ${spec.expect.join(' and ')}`, async () => {
      const r = await buildTree(VALID, [dir], spec.remove);
      assert.equal(r.ok, false, 'the build should have failed');
      for (const needle of spec.expect) assert.ok(r.output.includes(needle), `error output should name "${needle}":\n${r.output.slice(-2500)}`);
    });
  }
});
