/**
 * <srh-search>: runs Pagefind in the browser. The index is loaded only here (the reader opened
 * search). Query and filters are kept in the URL so a search can be bookmarked or shared.
 * Results are built with textContent; only Pagefind's <mark> highlights become elements.
 */
type Strings = Record<string, string>;
type Filters = Record<string, string[]>;
interface PagefindResult { data(): Promise<PagefindData> }
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations?: unknown[]; locations?: unknown[] }[];
}
interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
}

/** Filters shown as checkboxes, in this order; "status" is handled by the superseded switch. */
const FACETS = ['type', 'country', 'phase', 'audience'];

function fill(s: string, n: number) {
  return s.replace('{{count}}', String(n));
}

/** Pagefind excerpts are text with <mark> around matches: rebuild them as nodes, never as HTML. */
function excerpt(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  text.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const plain = (m ? m[1]! : part).replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
    if (!plain) return;
    if (m) out.append(Object.assign(document.createElement('mark'), { textContent: plain }));
    else out.append(plain);
  });
  return out;
}

class SrhSearch extends HTMLElement {
  s!: Strings;
  pagefind?: Pagefind;
  input!: HTMLInputElement;
  status!: HTMLElement;
  results!: HTMLOListElement;
  filterBox!: HTMLElement;
  selected: Filters = {};
  superseded = false;
  plural = new Intl.PluralRules(document.documentElement.lang);

  async connectedCallback() {
    this.s = JSON.parse(this.dataset.strings!);
    this.input = this.querySelector('#search-q')!;
    this.status = this.querySelector('[data-status]')!;
    this.results = this.querySelector('[data-results]')!;
    this.filterBox = this.querySelector('[data-filters]')!;
    this.querySelector('[data-nojs]')?.remove();
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    for (const f of FACETS) if (params.getAll(f).length) this.selected[f] = params.getAll(f);
    this.superseded = params.get('superseded') === '1';
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.input.addEventListener('input', () => this.debounced());
    this.status.textContent = this.s.loading ?? '';
    try {
      this.pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
      await this.pagefind.init();
      await this.buildFilters();
    } catch {
      this.status.textContent = this.s.error ?? '';
      return;
    }
    if (this.input.value) await this.run();
    else this.status.textContent = '';
  }

  timer = 0;
  debounced() {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), 250);
  }

  async buildFilters() {
    const all = await this.pagefind!.filters();
    const boxes: HTMLElement[] = [];
    for (const name of FACETS) {
      const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang, { numeric: true }));
      if (values.length < 2) continue;
      const set = document.createElement('fieldset');
      set.append(Object.assign(document.createElement('legend'), { textContent: this.s[`filter_${name}`] ?? name }));
      for (const value of values) {
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', value, checked: this.selected[name]?.includes(value) ?? false });
        box.addEventListener('change', () => {
          const list = new Set(this.selected[name] ?? []);
          if (box.checked) list.add(value);
          else list.delete(value);
          this.selected[name] = [...list];
          void this.run();
        });
        const label = document.createElement('label');
        label.append(box, ` ${value}`);
        set.append(label);
      }
      boxes.push(set);
    }
    const sw = Object.assign(document.createElement('input'), { type: 'checkbox', checked: this.superseded });
    sw.addEventListener('change', () => {
      this.superseded = sw.checked;
      void this.run();
    });
    const swLabel = document.createElement('label');
    swLabel.append(sw, ` ${this.s.includeSuperseded ?? ''}`);
    const extra = document.createElement('fieldset');
    extra.append(Object.assign(document.createElement('legend'), { textContent: this.s.filter_status ?? '' }), swLabel);
    // Filters fold away so results come first on a phone; open when a deep link already uses them.
    const details = document.createElement('details');
    details.open = Object.values(this.selected).some((v) => v.length) || this.superseded;
    details.append(Object.assign(document.createElement('summary'), { textContent: this.s.filters ?? '' }), ...boxes, extra);
    this.filterBox.replaceChildren(details);
    this.filterBox.hidden = false;
  }

  /** Keep the query and filters in the address, without adding history entries. */
  remember(q: string) {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [k, vs] of Object.entries(this.selected)) for (const v of vs) params.append(k, v);
    if (this.superseded) params.set('superseded', '1');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  }

  async run() {
    if (!this.pagefind) return;
    const q = this.input.value.trim();
    this.remember(q);
    if (!q) {
      this.results.replaceChildren();
      this.status.textContent = '';
      return;
    }
    const filters: Filters = Object.fromEntries(Object.entries(this.selected).filter(([, v]) => v.length));
    if (!this.superseded) filters.status = [this.s.status_current!];
    const search = await this.pagefind.search(q, { filters: { ...filters } as Filters });
    if (q !== this.input.value.trim()) return;
    const n = search.results.length;
    this.status.textContent = n ? fill(this.s[`results_${this.plural.select(n)}`] ?? this.s.results_other!, n) : this.s.none!;
    this.results.replaceChildren();
    await this.more(search.results, 0, q);
  }

  /** Results come in pages of PAGE: each result's text is a separate download, so fetch only what is shown. */
  async more(all: PagefindResult[], from: number, q: string) {
    const PAGE = 8;
    this.querySelector('.search__more')?.remove();
    const data = await Promise.all(all.slice(from, from + PAGE).map((r) => r.data()));
    if (q !== this.input.value.trim()) return;
    this.results.append(...data.map((d) => this.item(d)));
    if (from + PAGE < all.length) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'search__more', textContent: this.s.more ?? '' });
      button.addEventListener('click', () => void this.more(all, from + PAGE, q));
      this.results.after(button);
    }
  }

  item(d: PagefindData): HTMLLIElement {
    const li = Object.assign(document.createElement('li'), { className: 'result' });
    const h = document.createElement('h2');
    h.append(Object.assign(document.createElement('a'), { href: d.url, textContent: d.meta.title ?? d.url }));
    const badges = document.createElement('p');
    for (const value of [...(d.filters.type ?? []), ...(d.filters.country ?? []), ...(d.filters.status?.includes(this.s.status_superseded!) ? [this.s.status_superseded!] : [])]) {
      badges.append(Object.assign(document.createElement('span'), { className: 'badge', textContent: value }));
    }
    if (d.meta.version) badges.append(Object.assign(document.createElement('span'), { className: 'badge', textContent: `v${d.meta.version}` }));
    const ex = document.createElement('p');
    ex.append(excerpt(d.excerpt));
    li.append(h, badges, ex);
    // The best matching sub-heading, linked to its anchor, so a reader lands on the right step.
    const weight = (s: PagefindData['sub_results'][number]) => (s.weighted_locations ?? s.locations ?? []).length;
    const sub = d.sub_results.filter((s) => s.url.includes('#')).sort((a, b) => weight(b) - weight(a))[0];
    if (sub) {
      const p = Object.assign(document.createElement('p'), { className: 'result__sub' });
      p.append('→ ', Object.assign(document.createElement('a'), { href: sub.url, textContent: sub.title }));
      li.append(p);
    }
    return li;
  }
}

customElements.define('srh-search', SrhSearch);

export {};
