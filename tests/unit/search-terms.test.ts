import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expandKeywords } from '../../src/lib/search-terms.ts';

const groups = [['дитина', 'дитини', 'дитині', 'дітей', 'діти'], ['ризик', 'ризику', 'ризики', 'ризиків']];

test('adds every form of a word group that occurs in the text', () => {
  assert.deepEqual(expandKeywords('Оцінка найкращих інтересів дитини.', groups), ['дитина', 'дитини', 'дитині', 'дітей', 'діти']);
});

test('matches whole words only, ignoring case', () => {
  assert.deepEqual(expandKeywords('РИЗИКИ повернення', groups), ['ризик', 'ризику', 'ризики', 'ризиків']);
  assert.deepEqual(expandKeywords('ризикований крок', groups), []);
});

for (const locale of ['sq', 'uk']) {
  test(`${locale}: the word groups file has groups of at least two distinct lowercase forms`, () => {
    const data = parse(readFileSync(`content/search/${locale}.yaml`, 'utf8')) as { groups: string[][] };
    assert.ok(data.groups.length >= 15);
    for (const g of data.groups) {
      assert.ok(g.length >= 2 && new Set(g).size === g.length, g.join(','));
      for (const form of g) assert.equal(form, form.toLocaleLowerCase(locale));
    }
  });
}
