/// <reference lib="webworker" />
/**
 * The service worker of the offline copy. It exists on a device only after the reader asked for
 * an offline copy (src/components/offline/offline.ts registers it then, never before).
 *
 * All caching is Workbox's precaching, one PrecacheController and one cache per set of files
 * (src/lib/offline.ts): `shared` and the languages named in this worker's URL (`?langs=ar`). A
 * reader who downloads Arabic stores no English page, and English requests never reach this worker.
 *
 * Updates: a new build ships a new sw.js (its manifest lists every file's revision). The browser
 * finds it when checking for updates; it installs beside the running one, fetching only the files
 * that changed, then waits. Pages tell the reader, and the switch happens when they say so
 * (`SKIP_WAITING`), never by itself. (Adding or removing a language is a new worker URL, installed
 * the same way; the page that asked switches to it at once.)
 */
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { SHARED, cacheNameOf, setOfCacheName, groupManifest, langsOfWorkerUrl, type BuildInfo, type OfflineStatus, type ToWorker, type ProgressMessage } from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const langs = langsOfWorkerUrl(self.location.href, LOCALE_CODES);
const entries = self.__WB_MANIFEST.map((e) => (typeof e === 'string' ? { url: e, revision: null } : { url: e.url, revision: e.revision ?? null }));
const sets = groupManifest(entries, LOCALE_CODES);
const controllers = new Map<string, PrecacheController>();

for (const set of [SHARED, ...langs]) {
  let stored = 0;
  const controller = new PrecacheController({
    cacheName: cacheNameOf(set),
    // Counts files as they are stored, so the page can show "120 of 480".
    plugins: [{ cacheDidUpdate: async () => void progress(set, ++stored) }],
  });
  controller.addToCacheList(sets.get(set)!);
  controllers.set(set, controller);
  // Query strings (a search, a case in a checklist) do not change which page it is.
  registerRoute(new PrecacheRoute(controller, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/], cleanURLs: false }));
}

async function progress(set: string, done: number) {
  const total = sets.get(set)!.length;
  if (set === SHARED || (done % 20 && done !== total)) return;
  const message: ProgressMessage = { type: 'progress', lang: set, done, total };
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

async function status(): Promise<OfflineStatus> {
  const response = await controllers.get(SHARED)!.matchPrecache('/build.json');
  const languages: OfflineStatus['languages'] = {};
  for (const lang of langs) {
    const keys = new Set((await (await caches.open(cacheNameOf(lang))).keys()).map((r) => r.url));
    const wanted = [...controllers.get(lang)!.getURLsToCacheKeys().values()];
    languages[lang] = { done: wanted.filter((k) => keys.has(k)).length, total: wanted.length };
  }
  return { build: response ? ((await response.json()) as BuildInfo) : null, languages };
}

self.addEventListener('install', (event) => {
  // One set after another: a failure stops the install, and the worker that was running stays.
  event.waitUntil((async () => {
    for (const controller of controllers.values()) await controller.install(event);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Drop what this build no longer lists (old revisions, removed pages), and languages removed.
    for (const controller of controllers.values()) await controller.activate(event);
    for (const name of await caches.keys()) {
      const set = setOfCacheName(name);
      if (set && !controllers.has(set)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const message = event.data as ToWorker;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  else if (message?.type === 'status') event.waitUntil(status().then((s) => event.ports[0]?.postMessage(s)));
});
