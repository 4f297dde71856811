// Authpick's service worker: after the first visit every page works without a network. Written
// into dist/ by `cargo xtask dist`, which fills in the version, the exact files of that build
// and, from authpick_core::site, which cached page answers a navigation to each route.
const VERSION = '__VERSION__';
const FILES = __FILES__;
// The files named after their content: a copy the browser already holds is this release's.
const HASHED = new Set(__HASHED__);
// A route's path without slashes ("", "guide", "inspector") → the URL of its cached page.
const PAGES = __PAGES__;
const CACHE = `authpick-${VERSION}`;
// The site's base: the folder this worker is served from.
const BASE = new URL('./', self.location).pathname;

/** A response as it can answer a navigation: a host that redirected (`/guide/` to `/guide`, say)
 * gives a redirected response, which a browser refuses to use for a navigation. */
async function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** How to fetch a file for the cache: a hashed file from the browser's own cache when it is
 * there (the page has just downloaded it), anything else revalidated, so an older page never
 * lands in this release's cache. */
function cacheMode(url) {
  return HASHED.has(url) ? 'force-cache' : 'no-cache';
}

self.addEventListener('install', (event) => {
  // Everything of one release goes into one cache, so pages never mix two releases. One file
  // at a time, so the copy never competes with the page for the network.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      for (const url of FILES) {
        const response = await fetch(url, { cache: cacheMode(url), mode: 'same-origin' });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await cache.put(url, await unredirected(response));
      }
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith('authpick-') && k !== CACHE).map((k) => caches.delete(k))),
    ).then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over when the user accepts the update.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/** The cached page for a navigation: its route's, with or without a trailing slash or the
 * folder's index.html; for an unknown path 404.html, the guide's "Page not found". */
function pageFor(url) {
  const path = new URL(url).pathname;
  const inside = path.startsWith(BASE) ? path.slice(BASE.length) : '';
  const route = inside.replace(/(^|\/)index\.html$/, '').replace(/^\/+|\/+$/g, '');
  return Object.prototype.hasOwnProperty.call(PAGES, route) ? PAGES[route] : './404.html';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network when there is one, else this release's copy of the route's page.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(pageFor(request.url)))),
    );
    return;
  }
  // Files: this release's copy first; hashed names mean a copy never goes stale.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))));
});
