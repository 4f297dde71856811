// Authpick's service worker: after the first visit the app (guide, trade-off pages, export)
// works without a network. Written into dist/ by scripts/post_build.py, which fills in the
// version and the file list of that exact build.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `authpick-${VERSION}`;

self.addEventListener('install', (event) => {
  // Everything of one release goes into one cache, so pages never mix two releases.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network when there is one, else this release's shell (the app routes itself).
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || cache.match('./'))),
      ),
    );
    return;
  }
  // Files: this release's copy first; hashed names mean a copy never goes stale.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))));
});
