/**
 * Remove the offline copy from this browser entirely: its service worker and every file it stored.
 * One place, used by "Delete the offline copy" (last language) and by the Safety page's
 * "delete everything".
 */
import { setOfCacheName } from '../../lib/offline.ts';

export async function removeOfflineCopy(): Promise<void> {
  for (const registration of (await navigator.serviceWorker?.getRegistrations()) ?? []) await registration.unregister();
  if ('caches' in window) for (const key of await caches.keys()) if (setOfCacheName(key)) await caches.delete(key);
}
