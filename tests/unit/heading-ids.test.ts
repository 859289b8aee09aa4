import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf } from '../../src/lib/heading-ids.ts';

test('finds fixed heading ids and step ids in page order', () => {
  const body = '## Purpose {#purpose}\n\ntext\n\n<Steps>\n<Step id="assess-needs" title="x">\n</Step>\n</Steps>\n### Other {#other .x}\n## No id\n';
  assert.deepEqual(anchorsOf(body), ['purpose', 'other', 'assess-needs']);
});

test('ignores braces that are not at the end of a heading', () => {
  assert.deepEqual(anchorsOf('Some {#text} in a paragraph\n'), []);
});
