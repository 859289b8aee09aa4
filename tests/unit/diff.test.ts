import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sections, diffSections, readableText } from '../../src/lib/diff.ts';

const v1 = `Intro line.

## Purpose {#purpose}

Help the person return safely.

<Steps>
<Step id="assess" title="Assess needs">
Ask about health and housing.
</Step>
<Step id="old-step" title="Old step">
Gone in v2.
</Step>
</Steps>

## Risks {#risks}

Debt.`;

const v2 = `Intro line.

## Purpose {#purpose}

Help the person return safely and with dignity.

<Steps>
<Step id="assess" title="Assess needs">
Ask about health and housing.
</Step>
<Step id="new-step" title="New step">
Added in v2.
</Step>
</Steps>

## Risks {#risks}

Debt.`;

test('splits a body at fixed heading ids and step ids', () => {
  assert.deepEqual(sections(v1).map((s) => s.id), ['intro', 'purpose', 'assess', 'old-step', 'risks']);
  assert.equal(sections(v1).find((s) => s.id === 'assess')?.title, 'Assess needs');
});

test('reads the text a reader sees, without tags or link targets', () => {
  assert.equal(readableText('A <Term id="nrm">mechanism</Term> and [a link](https://x.example).'), 'A mechanism and a link.');
});

test('marks sections changed, unchanged, added and removed, matching them by id', () => {
  const d = diffSections(v1, v2);
  assert.deepEqual(d.map((s) => `${s.id}:${s.status}`), ['intro:unchanged', 'purpose:changed', 'assess:unchanged', 'old-step:removed', 'new-step:added', 'risks:unchanged']);
});

test('a changed section shows the inserted words, and nothing else as changed', () => {
  const purpose = diffSections(v1, v2).find((s) => s.id === 'purpose')!;
  assert.deepEqual(purpose.parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()]), [['added', 'and with dignity']]);
});

test('identical versions have no changes', () => {
  assert.ok(diffSections(v2, v2).every((s) => s.status === 'unchanged'));
});

test('a renamed step shows the old title removed and the new one added', () => {
  const a = '<Step id="x" title="Old name">\nSame text.\n</Step>';
  const b = '<Step id="x" title="New name">\nSame text.\n</Step>';
  const [s] = diffSections(a, b);
  assert.equal(s!.status, 'changed');
  assert.deepEqual(s!.parts.slice(0, 2), [{ kind: 'removed', text: 'Old name' }, { kind: 'added', text: 'New name' }]);
});
