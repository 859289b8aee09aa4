/**
 * The offline copy, on the page side. Two elements:
 *
 * - <srh-offline> (the "Use offline" page): the size to download, "Make this handbook available
 *   offline" for the page's language, progress, the copy's date and version, delete.
 * - <srh-offline-status> (every page): once a reader has a copy, the footer says "Offline copy from
 *   <date>" and a newer build is offered with "Update now", never applied by itself.
 *
 * Nothing here registers a service worker or touches storage until the reader presses the button:
 * on a device without a copy, <srh-offline-status> does nothing at all (it checks for a controlling
 * service worker, which only exists after an opt-in) and workbox-window is not even loaded.
 */
import type { OfflineStatus, OfflineSizes, ProgressMessage, ToWorker } from '../../lib/offline.ts';
import { SHARED, formatBytes, workerUrl, langsOfWorkerUrl } from '../../lib/offline.ts';
import { removeOfflineCopy } from './remove.ts';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { formatDate } from '../../lib/format.ts';

/** Fill `{{name}}` placeholders of a UI string the server rendered into a data attribute. */
const fill = (template: string | undefined, values: Record<string, string | number>) =>
  (template ?? '').replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

async function askStatus(worker: ServiceWorker): Promise<OfflineStatus> {
  const { messageSW } = await import('workbox-window');
  return (await messageSW(worker, { type: 'status' } satisfies ToWorker)) as OfflineStatus;
}

function readyLine(el: HTMLElement, status: OfflineStatus, lang: string): string {
  const copy = status.languages[lang];
  if (!copy) return '';
  if (copy.done < copy.total) return fill(el.dataset.incomplete, { done: copy.done, total: copy.total });
  const date = status.build ? formatDate(new Date(status.build.date), lang) : '?';
  return fill(el.dataset.ready, { date, version: status.build?.version ?? '?' });
}

/**
 * Run the worker that keeps `langs` (registering it installs it, which downloads what is missing)
 * and switch to it at once: the reader asked for this change. Resolves with the active worker.
 */
async function keep(langs: string[]): Promise<ServiceWorker> {
  // Already the running worker: registering the same URL again would install nothing.
  const running = (await navigator.serviceWorker.getRegistration())?.active;
  if (running && new URL(running.scriptURL).search === new URL(workerUrl(langs), location.href).search) return running;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(workerUrl(langs));
  const active = new Promise<ServiceWorker>((resolve, reject) => {
    wb.addEventListener('waiting', () => wb.messageSkipWaiting());
    wb.addEventListener('activated', (e) => resolve(e.sw!));
    // An install that fails (a file could not be fetched) leaves the previous worker in place.
    wb.addEventListener('redundant', () => reject(new Error('install failed')));
  });
  await wb.register({ immediate: true });
  return active;
}

class OfflineControl extends HTMLElement {
  #lang = document.documentElement.lang;
  #status = () => this.querySelector<HTMLElement>('[data-status]')!;
  #make = () => this.querySelector<HTMLButtonElement>('[data-make]')!;
  #remove = () => this.querySelector<HTMLButtonElement>('[data-remove]')!;

  async connectedCallback() {
    this.querySelector('[data-nojs]')?.remove();
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.querySelector<HTMLElement>('[data-unsupported]')!.hidden = false;
      return;
    }
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    this.#make().addEventListener('click', () => void this.#change(+1));
    this.#remove().addEventListener('click', () => void this.#change(-1));
    navigator.serviceWorker.addEventListener('message', (e) => {
      const m = e.data as ProgressMessage;
      if (m?.type === 'progress' && m.lang === this.#lang) this.#status().textContent = fill(this.dataset.downloading, { done: m.done, total: m.total });
    });
    void this.#showSize();
    const active = (await navigator.serviceWorker.getRegistration())?.active;
    if (active) this.#show(await askStatus(active));
  }

  async #showSize() {
    // Only this page asks for the sizes: the reader decides knowing the cost.
    const sizes = (await fetch('/offline.json').then((r) => r.json()).catch(() => null)) as OfflineSizes | null;
    const bytes = sizes ? (sizes[this.#lang] ?? 0) + (sizes[SHARED] ?? 0) : 0;
    if (bytes) this.querySelector<HTMLElement>('[data-size]')!.textContent = fill(this.dataset.size, { size: formatBytes(bytes, this.#lang) });
  }

  #show(status: OfflineStatus) {
    const copy = status.languages[this.#lang];
    this.#status().textContent = readyLine(this, status, this.#lang);
    this.#remove().hidden = !copy;
    this.#make().hidden = !!copy && copy.done === copy.total;
  }

  /** Add (+1) or remove (-1) this page's language from the offline copy. */
  async #change(direction: 1 | -1) {
    const buttons = [this.#make(), this.#remove()];
    buttons.forEach((b) => (b.disabled = true));
    try {
      const registration = await navigator.serviceWorker.getRegistration();
      const now = langsOfWorkerUrl(registration?.active?.scriptURL, LOCALE_CODES);
      const langs = direction > 0 ? [...now, this.#lang] : now.filter((l) => l !== this.#lang);
      if (langs.length) {
        if (direction > 0) this.#status().textContent = fill(this.dataset.downloading, { done: 0, total: '…' });
        this.#show(await askStatus(await keep(langs)));
      } else {
        // No language left: remove the worker and its files, leaving nothing behind.
        await removeOfflineCopy();
        this.#show({ build: null, languages: {} });
      }
      if (direction < 0) this.#status().textContent = this.dataset.removed ?? '';
    } catch (error) {
      this.#status().textContent = fill(this.dataset.failed, { error: (error as Error).message });
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  }
}

class OfflineStatusLine extends HTMLElement {
  async connectedCallback() {
    const active = navigator.serviceWorker?.controller;
    if (!active) return;
    const lang = document.documentElement.lang;
    const status = await askStatus(active).catch(() => null);
    const line = this.querySelector<HTMLElement>('[data-line]')!;
    if (status) line.textContent = readyLine(this, status, lang);
    // Look for a newer build: one found installs beside this copy and waits for the reader.
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox(active.scriptURL);
    wb.addEventListener('waiting', () => {
      const update = this.querySelector<HTMLElement>('[data-update]')!;
      update.hidden = false;
      update.querySelector('button')!.addEventListener('click', (e) => {
        (e.currentTarget as HTMLButtonElement).disabled = true;
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      });
    });
    await wb.register({ immediate: true });
    await wb.update();
  }
}

customElements.define('srh-offline', OfflineControl);
customElements.define('srh-offline-status', OfflineStatusLine);
