/**
 * Reading a built site: its HTML pages, their links and anchors, and their byte weight.
 * Used by the build tests (tests/build) over dist/, every page, every language.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every HTML file under `root`, as site paths (`/en/sops/travel/`). */
export function htmlPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(root, p).split('\\').join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The file a site path is served from. */
export function fileFor(root: string, path: string): string {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const p = join(root, clean);
  if (clean.endsWith('/')) return join(p, 'index.html');
  if (existsSync(p) && statSync(p).isDirectory()) return join(p, 'index.html');
  return p;
}

/** All ids and named anchors in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
}

/** Internal links (`href`/`src` to this site), resolved to absolute site paths. */
export function internalLinks(html: string, from: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = m[1]!.replace(/&amp;/g, '&');
    if (!raw || /^(?:[a-z]+:|\/\/)/i.test(raw)) continue;
    if (raw.startsWith('#')) links.push(from + raw);
    else if (raw.startsWith('/')) links.push(raw);
    else links.push(resolve(dirname(from + 'x'), raw));
  }
  return links;
}

export interface BrokenLink { page: string; link: string; why: string }

/** Every internal link and #anchor on every page that leads nowhere. */
export function brokenLinks(root: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  for (const page of htmlPages(root)) {
    const html = readFileSync(fileFor(root, page), 'utf8');
    for (const link of internalLinks(html, page)) {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const file = fileFor(root, path || page);
      if (!existsSync(file)) {
        broken.push({ page, link, why: 'no such page or file' });
        continue;
      }
      if (anchor && file.endsWith('.html')) {
        const ids = idCache.get(file) ?? idsIn(readFileSync(file, 'utf8'));
        idCache.set(file, ids);
        if (!ids.has(decodeURIComponent(anchor))) broken.push({ page, link, why: `no element with id "${anchor}"` });
      }
    }
  }
  return broken;
}

export interface PageWeight { page: string; html: number; css: number; js: number; total: number }

/** Gzipped bytes of a page's HTML and of the CSS and JS it loads before any interaction. */
export function pageWeight(root: string, page: string): PageWeight {
  const html = readFileSync(fileFor(root, page), 'utf8');
  const gz = (s: string | Buffer) => gzipSync(s).length;
  const assets = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!))].filter((u) => u.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((n, u) => n + gz(readFileSync(fileFor(root, u))), 0);
  const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((n, u) => n + gz(readFileSync(fileFor(root, u))), 0) +
    [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].reduce((n, m) => n + gz(readFileSync(fileFor(root, m[1]!))), 0);
  const h = gz(html);
  return { page, html: h, css, js, total: h + css + js };
}

/** The type of a page from its path, for budgets and reports. */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length <= 1) return 'home';
  const section = parts[1]!;
  if (section === 'sops') return parts.length === 2 ? 'sop-overview' : parts.includes('v') ? 'sop-version' : 'sop';
  return section;
}
