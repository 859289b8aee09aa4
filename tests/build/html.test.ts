/** Every built page is valid HTML by html-validate's recommended rules (config: tests/html-validate.json). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { htmlPages, fileFor } from '../../scripts/checks/site.ts';

const ROOT = process.env.HANDBOOK_OUT ?? 'dist';

test('every built page passes html-validate', async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync('tests/html-validate.json', 'utf8')));
  const problems: string[] = [];
  const pages = htmlPages(ROOT);
  for (const page of pages) {
    const report = await validator.validateFile(fileFor(ROOT, page));
    for (const r of report.results) for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.ok(pages.length > 100);
  assert.deepEqual(problems.slice(0, 25), [], `${problems.length} problems`);
});
