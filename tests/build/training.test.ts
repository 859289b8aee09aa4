/** Training modules: four in English and French; facilitator notes and answers only on the facilitator page. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.env.HANDBOOK_OUT ?? 'dist';
const modules = readdirSync(join(process.env.HANDBOOK_CONTENT ?? 'content', 'training'));

test('at least four modules, each in English and French, with a participant page, a facilitator guide and printable slides', () => {
  assert.ok(modules.length >= 4);
  for (const m of modules) for (const l of ['en', 'fr']) {
    for (const p of ['', 'facilitator/', 'slides/']) assert.ok(existsSync(join(ROOT, l, 'training', m, p, 'index.html')), `${l}/training/${m}/${p}`);
    assert.ok(existsSync(join(process.env.HANDBOOK_CONTENT ?? 'content', 'training', m, `${l}.mdx`)), `${m}/${l}.mdx`);
  }
});

test('facilitator notes and answers never reach the participants’ pages, and are on the facilitator guide', () => {
  for (const m of modules) for (const l of ['en', 'fr', 'ar']) {
    const reader = readFileSync(join(ROOT, l, 'training', m, 'index.html'), 'utf8');
    const slides = readFileSync(join(ROOT, l, 'training', m, 'slides', 'index.html'), 'utf8');
    const guide = readFileSync(join(ROOT, l, 'training', m, 'facilitator', 'index.html'), 'utf8');
    for (const html of [reader, slides]) assert.doesNotMatch(html, /data-notes|class="answer"/, `${l} ${m}`);
    assert.match(guide, /data-notes/, `${l} ${m} guide has notes`);
    assert.match(guide, /class="answer"/, `${l} ${m} guide has answers`);
    assert.doesNotMatch(guide, /data-pagefind-body/, 'the guide is not indexed');
  }
});

test('every scenario is labelled as a fictional composite', () => {
  for (const m of modules) {
    const html = readFileSync(join(ROOT, 'en', 'training', m, 'index.html'), 'utf8');
    const scenarios = html.match(/<section class="scenario"/g)?.length ?? 0;
    const labels = html.match(/class="scenario__label"[^>]*>Fictional composite case/g)?.length ?? 0;
    assert.ok(scenarios > 0, `${m} has scenarios`);
    assert.equal(labels, scenarios, m);
  }
});
