// Mistvine's service worker: pages already visited keep opening offline.
//
// Rules (see docs/offline-drafting.md):
// - Data never comes from here: server-function calls (/api/…) always go to
//   the network. Drafts are kept by the page itself, in local storage.
// - Pages are fetched from the network first. Only when that fails is the
//   copy kept at the last visit served, marked with `data-offline-copy` on
//   <html> so the app tells the reader it may be out of date.
// - Logging in, out, joining or switching organisation empties the page
//   cache, so nobody is shown pages kept for someone else. A copy still
//   being written when that happens (a page fetched just before) is
//   dropped: every copy carries the "generation" it was fetched in.
// - Invite pages are never kept: their address is the invite's secret (the
//   join page, and the admin page showing a new link).
// - Static assets (the app's script, WebAssembly, styles, icon) are kept too,
//   so a kept page can start the app without a connection. The page names
//   this release's files in the worker's address (`/sw.js?js=…&wasm=…&css=…`,
//   and `hashed=1` when their names hold content hashes): a new release is a
//   new worker, whose files go in a cache of their own, and the old
//   release's cache is dropped when it takes over. Lazy islands' files
//   (`lazy=…`: the split loader and its chunks, by name, in the script's
//   folder) are kept at install too: a page visited online that drafts
//   offline later needs its island's chunks even if it never loaded them.

const RELEASE = new URL(self.location.href).searchParams;
const APP_FILES = {
  js: RELEASE.get("js") || "/pkg/mistvine.js",
  wasm: RELEASE.get("wasm") || "/pkg/mistvine.wasm",
  css: RELEASE.get("css") || "/pkg/mistvine.css",
};
const PKG = APP_FILES.js.slice(0, APP_FILES.js.lastIndexOf("/") + 1);
const LAZY_FILES = (RELEASE.get("lazy") || "").split(",").filter((name) => name !== "").map((name) => PKG + name);
// A name that holds its content's hash never changes: no need to ask the network.
const HASHED = new Set(RELEASE.get("hashed") === "1" ? [...Object.values(APP_FILES), ...LAZY_FILES] : []);
const SHELL = `mistvine-shell-${APP_FILES.js}`;
const PAGES = "mistvine-pages-v1";
const SHELL_FILES = [APP_FILES.js, APP_FILES.wasm, APP_FILES.css, "/favicon.svg", ...LAZY_FILES];
const IDENTITY_CHANGES = ["/api/login", "/api/logout", "/api/signup", "/api/join", "/api/join_with_signup", "/api/switch_org", "/api/reset_password"];
const KEPT_AT = "x-mistvine-kept-at";
const NEVER_KEPT = ["/join", "/reset"];
// Bumped at every identity change; lives as long as this worker does (a
// restarted worker has no copies in flight from before).
let generation = 0;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(SHELL_FILES))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== SHELL && n !== PAGES).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

// Phone notifications (docs/notifications.md): the server encrypts each one
// to this browser's subscription; the browser decrypts it and hands over the
// JSON the server built ({title, body, url, tag}). Only a path on this site
// is opened when it is tapped. Nothing here is a score: votes happen on the
// vote page.
self.addEventListener("push", (event) => {
  let note = {};
  try {
    note = event.data ? event.data.json() : {};
  } catch (_) {
    note = {};
  }
  const title = typeof note.title === "string" ? note.title : "Mistvine";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof note.body === "string" ? note.body : "",
      tag: typeof note.tag === "string" ? note.tag : "mistvine",
      icon: "/favicon.svg",
      data: { url: typeof note.url === "string" && note.url.startsWith("/") && !note.url.startsWith("//") ? note.url : "/" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data && event.notification.data.url ? event.notification.data.url : "/", self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((open) => {
      const same = open.find((c) => new URL(c.url).origin === url.origin && "navigate" in c);
      return same ? same.navigate(url.href).then((c) => (c || same).focus()) : self.clients.openWindow(url.href);
    }),
  );
});

// A newly installed worker was not there when the open page loaded: the
// page asks it to keep a copy of itself.
self.addEventListener("message", (event) => {
  const url = event.data && event.data.keep;
  if (typeof url === "string" && new URL(url).origin === self.location.origin) {
    const gen = generation;
    event.waitUntil(fetch(url, { credentials: "same-origin" }).then((res) => keepPage(url, res, gen)).catch(() => undefined));
  }
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.method !== "GET") {
    if (IDENTITY_CHANGES.includes(url.pathname)) {
      generation += 1;
      event.waitUntil(caches.delete(PAGES));
    }
    return;
  }
  if (url.pathname.startsWith("/api/") || url.pathname === "/healthz") return;
  if (req.mode === "navigate") {
    event.respondWith(page(event, req));
  } else if (url.pathname.startsWith("/pkg/") || url.pathname === "/favicon.svg") {
    event.respondWith(asset(req));
  }
});

async function page(event, req) {
  const gen = generation;
  try {
    const res = await fetch(req);
    // Keep the copy in the background: the page must not wait for it.
    event.waitUntil(keepPage(req.url, res.clone(), gen));
    return res;
  } catch (err) {
    const kept = await caches.open(PAGES).then((c) => c.match(req.url));
    if (!kept) return offlinePage();
    const at = kept.headers.get(KEPT_AT) || "an earlier visit";
    const html = (await kept.text()).replace("<html", `<html data-offline-copy="${at}"`);
    return new Response(html, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
  }
}

async function keepPage(url, res, gen) {
  const type = res.headers.get("content-type") || "";
  if (!res.ok || res.redirected || !type.startsWith("text/html")) return;
  const u = new URL(url);
  // Invite and reset pages (/join, /reset, and the links /join/… and
  // /reset/… that lead there), and the admin page that shows a fresh invite
  // link (/admin?invite=…), hold a secret or what it opens.
  if (NEVER_KEPT.some((p) => u.pathname.startsWith(p)) || u.searchParams.has("invite")) return;
  // The server marks pages with a secret or one's own scores (a new API
  // token, the vote page): never kept, so nobody reads them later offline.
  if (res.headers.get("x-offline-copy") === "never") return;
  const headers = new Headers(res.headers);
  headers.set(KEPT_AT, new Date().toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }));
  const copy = new Response(await res.text(), { status: res.status, headers });
  if (gen !== generation) return;
  const cache = await caches.open(PAGES);
  await cache.put(url, copy);
  // The identity changed while the copy was being written: it is not theirs.
  if (gen !== generation) await cache.delete(url);
}

// Assets: a hashed file from the cache when it is there; anything else from
// the network first (a new release must win), the kept copy when offline.
async function asset(req) {
  if (HASHED.has(new URL(req.url).pathname)) {
    const kept = await caches.match(req, { cacheName: SHELL });
    if (kept) return kept;
  }
  try {
    const res = await fetch(req);
    if (res.ok) {
      const copy = res.clone();
      caches.open(SHELL).then((c) => c.put(req, copy));
    }
    return res;
  } catch (err) {
    const kept = await caches.match(req, { cacheName: SHELL });
    return kept || Response.error();
  }
}

function offlinePage() {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Mistvine</title>
<link rel="stylesheet" href="${APP_FILES.css}"></head><body><main class="page"><section class="card narrow">
<h1>You are offline</h1><p>This page has not been opened on this device before, so there is no copy of it here.
Pages you have visited open offline, and drafts you write there are kept until you are back online.</p>
<p><a class="button" href="/">Try the home page</a></p></section></main></body></html>`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
}
