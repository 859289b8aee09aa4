/**
 * The `_headers` file format (Netlify, Cloudflare Pages): a path pattern on its own line, then
 * indented `Name: value` lines. public/_headers is the one place the site's HTTP headers are
 * written; the local server (scripts/serve.ts) and the tests read it through this parser.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
    rule.headers[raw.slice(0, colon).trim()] = raw.slice(colon + 1).trim();
  }
  return rules;
}

/** Does a `_headers` pattern (`/*`, `/en/*`, `/sw.js`) match a URL path? `*` matches anything. */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

/** All headers for a path: later rules add to or override earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers));
}
