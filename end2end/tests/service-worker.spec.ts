// The service worker's keeping rules, run in Node against public/sw.js
// itself with an in-memory Cache Storage and a network whose answers the
// test releases. A browser cannot hold one response open across a log-out
// on cue; here every step happens in the order the test says.

import { expect, test } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const ORIGIN = "http://app.test";
const PAGES = "mistvine-pages-v1";

type Held = { release: () => void };

class FakeCache {
  entries = new Map<string, Response>();
  // When set, the next put says it started, then waits until the test releases it.
  holdPut: { started: () => void; until: Promise<void> } | null = null;
  async put(req: Request | string, res: Response) {
    const hold = this.holdPut;
    this.holdPut = null;
    if (hold) {
      hold.started();
      await hold.until;
    }
    this.entries.set(typeof req === "string" ? req : req.url, res);
  }
  async match(req: Request | string) {
    return this.entries.get(typeof req === "string" ? req : req.url);
  }
  async delete(req: Request | string) {
    return this.entries.delete(typeof req === "string" ? req : req.url);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  added: string[] = [];
  async addAll(urls: string[]) {
    this.added.push(...urls);
    for (const url of urls) this.entries.set(new URL(url, ORIGIN).href, new Response(`kept ${url}`));
  }
}

class FakeCaches {
  stores = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async match(req: Request | string, opts?: { cacheName?: string }) {
    const store = opts?.cacheName ? this.stores.get(opts.cacheName) : undefined;
    return store?.match(req);
  }
  kept(): string[] {
    return [...(this.stores.get(PAGES)?.entries.keys() ?? [])];
  }
}

/** Loads the worker (at `address`); every network request waits until the test releases it. */
function worker(address = "/sw.js") {
  const listeners: Record<string, (event: unknown) => void> = {};
  const caches = new FakeCaches();
  const pending: Promise<unknown>[] = [];
  const requests: Held[] = [];
  const page = (body: string) => new Response(`<!DOCTYPE html><html><body>${body}</body></html>`, { headers: { "content-type": "text/html; charset=utf-8" } });
  const fetch = (input: Request | string) =>
    new Promise<Response>((resolve) => {
      const url = typeof input === "string" ? input : input.url;
      requests.push({ release: () => resolve(page(`page ${url}`)) });
    });
  const self = {
    addEventListener: (type: string, f: (event: unknown) => void) => (listeners[type] = f),
    location: new URL(`${ORIGIN}${address}`),
    skipWaiting: () => undefined,
    clients: { claim: () => undefined },
  };
  const source = fs.readFileSync(path.join(__dirname, "..", "..", "public", "sw.js"), "utf8");
  vm.runInNewContext(source, { self, caches, fetch, URL, Headers, Request, Response, Promise, Date, console });
  const waitUntil = (p: Promise<unknown>) => pending.push(p);
  return {
    caches,
    requests,
    /** An event the browser sends the worker (install, activate). */
    lifecycle: (type: string) => listeners[type]({ waitUntil }),
    /** A GET the page makes through the worker; resolves with what the worker answered. */
    get: (p: string) =>
      new Promise<Response>((resolve) =>
        listeners.fetch({ request: new Request(`${ORIGIN}${p}`), waitUntil, respondWith: (r: Promise<Response>) => r.then(resolve) }),
      ),
    /** The page asks the worker to keep a copy of `path` (as after in-app navigation). */
    keep: (p: string) => listeners.message({ data: { keep: `${ORIGIN}${p}` }, waitUntil }),
    /** A form post the page sends, such as logging out. */
    post: (p: string) => listeners.fetch({ request: new Request(`${ORIGIN}${p}`, { method: "POST" }), waitUntil, respondWith: () => undefined }),
    settled: async () => {
      while (pending.length) await pending.shift();
    },
  };
}

/** Lets the worker's own awaits run up to the next thing it waits for. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test("a page kept before anyone's identity changes stays kept", async () => {
  const sw = worker();
  sw.keep("/teams");
  sw.requests[0].release();
  await sw.settled();
  expect(sw.caches.kept()).toEqual([`${ORIGIN}/teams`]);
});

test("a copy still being fetched when the person logs out is dropped", async () => {
  const sw = worker();
  sw.keep("/teams");
  // Log-out empties the page cache while the copy is on its way.
  sw.post("/api/logout");
  await tick();
  sw.requests[0].release();
  await sw.settled();
  expect(sw.caches.kept()).toEqual([]);
});

test("a copy being written into the cache when someone logs in is removed", async () => {
  const sw = worker();
  const cache = await sw.caches.open(PAGES);
  let releasePut = () => undefined as void;
  const putStarted = new Promise<void>((started) => {
    cache.holdPut = { started, until: new Promise<void>((resolve) => (releasePut = resolve)) };
  });
  sw.keep("/teams");
  sw.requests[0].release();
  await putStarted;
  // The worker is inside cache.put; another person logs in now.
  sw.post("/api/login");
  await tick();
  releasePut();
  await sw.settled();
  // The log-in removed the cache the copy went into; whichever cache holds the page now, it is not there.
  expect(sw.caches.kept()).toEqual([]);
  expect(cache.entries.has(`${ORIGIN}/teams`)).toBe(false);
});

test("pages whose address holds an invite's or a reset's secret, or that open one, are never kept", async () => {
  const sw = worker();
  for (const p of ["/join/secret-token", "/join", "/reset/secret-token", "/reset", "/admin?invite=secret-token", "/admin"]) sw.keep(p);
  sw.requests.forEach((r) => r.release());
  await sw.settled();
  expect(sw.caches.kept()).toEqual([`${ORIGIN}/admin`]);
});

const RELEASE = "/sw.js?js=/pkg/mistvine.JsHash.js&wasm=/pkg/mistvine.WasmHash.wasm&css=/pkg/mistvine.CssHash.css&hashed=1";

test("a release's worker keeps that release's files and drops the previous release's", async () => {
  const sw = worker(RELEASE);
  const old = await sw.caches.open("mistvine-shell-/pkg/mistvine.OldHash.js");
  await old.put(`${ORIGIN}/pkg/mistvine.OldHash.wasm`, new Response("old"));
  await (await sw.caches.open(PAGES)).put(`${ORIGIN}/teams`, new Response("kept page"));
  sw.lifecycle("install");
  await sw.settled();
  const shell = (await sw.caches.keys()).filter((n) => n.startsWith("mistvine-shell-"));
  const current = shell.find((n) => n.includes("JsHash"))!;
  expect((await sw.caches.open(current)).added).toEqual([
    "/pkg/mistvine.JsHash.js",
    "/pkg/mistvine.WasmHash.wasm",
    "/pkg/mistvine.CssHash.css",
    "/favicon.svg",
  ]);
  sw.lifecycle("activate");
  await sw.settled();
  expect(await sw.caches.keys()).toEqual([PAGES, current]);
});

test("a hashed file comes from the worker's cache without asking the network", async () => {
  const sw = worker(RELEASE);
  sw.lifecycle("install");
  await sw.settled();
  const res = await sw.get("/pkg/mistvine.WasmHash.wasm");
  expect(await res.text()).toBe("kept /pkg/mistvine.WasmHash.wasm");
  expect(sw.requests).toHaveLength(0);
});

test("a release's lazy islands' files are kept at install and served from the cache", async () => {
  const sw = worker(`${RELEASE}&lazy=__wasm_split.LoaderHash.js,chunk_5.ChunkHash.wasm`);
  sw.lifecycle("install");
  await sw.settled();
  const shell = (await sw.caches.keys()).find((n) => n.startsWith("mistvine-shell-"))!;
  expect((await sw.caches.open(shell)).added.slice(-2)).toEqual(["/pkg/__wasm_split.LoaderHash.js", "/pkg/chunk_5.ChunkHash.wasm"]);
  const res = await sw.get("/pkg/chunk_5.ChunkHash.wasm");
  expect(await res.text()).toBe("kept /pkg/chunk_5.ChunkHash.wasm");
  expect(sw.requests).toHaveLength(0);
});

test("without hashed names, files are asked from the network first", async () => {
  const sw = worker("/sw.js?js=/pkg/mistvine.js&wasm=/pkg/mistvine.wasm&css=/pkg/mistvine.css");
  sw.lifecycle("install");
  await sw.settled();
  const answer = sw.get("/pkg/mistvine.wasm");
  await tick();
  expect(sw.requests).toHaveLength(1);
  sw.requests[0].release();
  expect(await (await answer).text()).toBe("<!DOCTYPE html><html><body>page http://app.test/pkg/mistvine.wasm</body></html>");
});
