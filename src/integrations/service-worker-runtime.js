// The service worker (BUILD_HASH and PRECACHE are prepended at build time by service-worker.mjs).
// Cache first for this site's own GET requests, network as the fallback; one cache per build.
/* eslint-env serviceworker */
/// <reference lib="webworker" />

const SCOPE = self.registration.scope; // the base path, e.g. https://example.org/leadership/
// Several sites may share an origin (e.g. user.github.io/a/ and /b/): a prefix per scope keeps
// this site from deleting another site's caches.
const CACHE_PREFIX = `collective-leadership ${SCOPE} `;
const CACHE_NAME = CACHE_PREFIX + BUILD_HASH;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // "reload" skips the HTTP cache, so that no file of an older deploy slips into this build's cache.
      await cache.addAll(PRECACHE.map((path) => new Request(SCOPE + path, { cache: 'reload' })));
      // The first install has no older pages to break, so it takes over at once (the page is
      // offline-ready on the first visit). An update waits until the visitor chooses to reload.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE_NAME);
  const navigation = request.mode === 'navigate';
  // A static host serves a file whatever its query string (Pagefind adds "?ts=" as a cache-buster),
  // and this cache holds exactly one build, so the query string is ignored here too.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  // A page asked for as ".../framework" or ".../framework/index.html" is the cached ".../framework/":
  // send the browser there, as the server does online.
  const page = navigation ? pageUrl(request.url) : null;
  if (page !== null && (await cache.match(page))) return Response.redirect(page, 301);
  try {
    return await fetch(request);
  } catch (error) {
    // Offline and not in the build (e.g. a mistyped address): the site's own "not found" page.
    const notFound = navigation ? await cache.match(`${SCOPE}404.html`) : undefined;
    if (notFound) return notFound;
    throw error;
  }
}

/** The page's canonical address for ".../name" or ".../name/index.html", or null if it is neither. */
function pageUrl(address) {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/index.html')) url.pathname = url.pathname.slice(0, -'index.html'.length);
  else if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  else return null;
  return url.href;
}
