/**
 * <srh-present>: turns a page into slides (a new slide at each h2, or at <SlideBreak />) and
 * presents them full screen. Keys: arrows, Page Up/Down, Space, Home/End, Esc; swipe on touch.
 * A speaker view (the facilitator page with ?speaker) follows through a BroadcastChannel and shows
 * the notes, the next slide and a timer. Shift is never used, so Shift×3 still exits the site.
 */
type Strings = Record<string, string>;

/** Group the page body into slides: the title and intro first, then one per h2 (or break). */
function slidesOf(root: Element, title: string): HTMLElement[] {
  const slides: HTMLElement[] = [];
  let current = document.createElement('section');
  current.append(Object.assign(document.createElement('h1'), { textContent: title }));
  for (const node of [...root.childNodes]) {
    const el = node instanceof HTMLElement ? node : null;
    if (el && (el.tagName === 'H2' || el.matches('[data-slide-break]'))) {
      if (current.childNodes.length) slides.push(current);
      current = document.createElement('section');
      if (el.matches('[data-slide-break]')) continue;
    }
    current.append(node.cloneNode(true));
  }
  if (current.childNodes.length) slides.push(current);
  // Cloned ids would clash with the page's own.
  for (const s of slides) for (const e of s.querySelectorAll('[id]')) e.removeAttribute('id');
  return slides;
}

class SrhPresent extends HTMLElement {
  s!: Strings;
  slides: HTMLElement[] = [];
  index = 0;
  overlay?: HTMLElement;
  channel?: BroadcastChannel;
  speaker = new URLSearchParams(location.search).has('speaker');
  started = Date.now();

  connectedCallback() {
    this.s = JSON.parse(this.dataset.strings!);
    const root = document.querySelector('[data-slides]');
    if (!root) return;
    this.slides = slidesOf(root, document.querySelector('main h1')?.textContent ?? document.title);
    if ('BroadcastChannel' in window) {
      this.channel = new BroadcastChannel(`srh-present:${this.dataset.channel}`);
      this.channel.onmessage = (e: MessageEvent<{ slide: number }>) => {
        if (typeof e.data?.slide === 'number' && this.overlay) this.go(e.data.slide, false);
      };
    }
    const present = Object.assign(document.createElement('button'), { type: 'button', textContent: this.s.present });
    present.addEventListener('click', () => this.open(true));
    const speaker = Object.assign(document.createElement('a'), { href: `${this.dataset.speaker}?speaker`, textContent: this.s.speaker, target: '_blank' });
    this.append(present, ' ', speaker);
    this.hidden = false;
    if (this.speaker) this.open(false);
  }

  open(fullscreen: boolean) {
    const o = document.createElement('div');
    o.className = `present-overlay${this.speaker ? ' is-speaker' : ''}`;
    o.setAttribute('role', 'dialog');
    o.setAttribute('aria-modal', 'true');
    o.tabIndex = -1;
    document.body.append(o);
    this.overlay = o;
    document.documentElement.classList.add('is-presenting');
    o.addEventListener('keydown', (e) => this.key(e));
    let x = 0;
    o.addEventListener('pointerdown', (e) => (x = e.clientX));
    o.addEventListener('pointerup', (e) => {
      const dx = e.clientX - x;
      if (Math.abs(dx) > 60) this.go(this.index + (dx < 0 === (document.dir !== 'rtl') ? 1 : -1));
    });
    if (fullscreen) o.requestFullscreen?.().catch(() => undefined);
    this.go(this.index);
    o.focus();
    if (this.speaker) window.setInterval(() => this.tick(), 1000);
  }

  close() {
    this.overlay?.remove();
    this.overlay = undefined;
    document.documentElement.classList.remove('is-presenting');
    if (document.fullscreenElement) void document.exitFullscreen();
  }

  key(e: KeyboardEvent) {
    const forward = document.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = document.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, () => number> = {
      [forward]: () => this.index + 1, ArrowDown: () => this.index + 1, PageDown: () => this.index + 1, ' ': () => this.index + 1,
      [back]: () => this.index - 1, ArrowUp: () => this.index - 1, PageUp: () => this.index - 1,
      Home: () => 0, End: () => this.slides.length - 1,
    };
    if (e.key === 'Escape') return this.close();
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    this.go(move());
  }

  go(n: number, broadcast = true) {
    this.index = Math.max(0, Math.min(this.slides.length - 1, n));
    const o = this.overlay!;
    const slide = this.slides[this.index]!.cloneNode(true) as HTMLElement;
    slide.className = 'present-slide';
    const bar = document.createElement('p');
    bar.className = 'present-bar';
    bar.setAttribute('aria-live', 'polite');
    bar.textContent = `${this.s.slide} ${this.index + 1} / ${this.slides.length}`;
    const nav = document.createElement('div');
    nav.className = 'present-nav';
    for (const [label, delta] of [[this.s.prev!, -1], [this.s.next!, 1]] as const) {
      const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
      b.addEventListener('click', () => this.go(this.index + delta));
      nav.append(b);
    }
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: this.s.close });
    close.addEventListener('click', () => this.close());
    nav.append(close);
    const parts: Node[] = [slide, bar, nav];
    if (this.speaker) {
      const next = this.slides[this.index + 1];
      const info = document.createElement('div');
      info.className = 'present-speaker';
      info.append(
        Object.assign(document.createElement('p'), { className: 'present-timer', textContent: '' }),
        Object.assign(document.createElement('p'), { textContent: `${this.s.nextUp}: ${next?.querySelector('h2, h1')?.textContent ?? this.s.end}` }),
      );
      parts.push(info);
    }
    o.replaceChildren(...parts);
    this.tick();
    if (broadcast) this.channel?.postMessage({ slide: this.index });
  }

  tick() {
    const t = this.overlay?.querySelector('.present-timer');
    if (!t) return;
    const s = Math.floor((Date.now() - this.started) / 1000);
    t.textContent = `${this.s.elapsed} ${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }
}

customElements.define('srh-present', SrhPresent);

export {};
