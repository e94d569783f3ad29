/* The browser page's service worker (dist/app-sw.js): keeps every file of the page, so that it works offline once
 * loaded. The build (webpack.config.js, AppServiceWorkerPlugin) writes the list of files and the version in place of
 * the two placeholders. Hashed scripts never change: cache first. The page and its stylesheet: network first, the
 * cache when the network is gone. Nothing is fetched from another host, and no request but a GET is touched. */
const CACHE = 'roadmap-app-__APP_VERSION__';
const ASSETS = __APP_ASSETS__;
const HASHED = /\.[0-9a-f]{8}\.js$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('roadmap-app-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
    return;
  }
  event.respondWith(
    fetch(request).catch(() => caches.match(request, { ignoreSearch: true }).then((cached) => cached || Response.error())),
  );
});
