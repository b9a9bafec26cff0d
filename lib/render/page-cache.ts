import { configuredOrigin } from "@/lib/http/origin";
import { RULES_VERSION } from "@/lib/rules/version";

/**
 * An in-process cache of rendered pages. Every page is a pure function of its URL (and the rules version,
 * the configured origin and the build's assets, fixed for one process), so a GET for the same path and
 * query gets the same bytes: rendering them again is wasted work (about a third of a result page's cost).
 * Only anonymous, publicly cacheable 200 answers to plain GETs are kept, never a POST, a conditional
 * request (its answer depends on If-None-Match) or a no-store/private page. Bounded twice: by entries and
 * by bytes, least recently used first out. PAGE_CACHE=off at start turns it off (for comparisons).
 */
export interface CachedPage {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array<ArrayBuffer>;
}

export interface PageCacheLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: PageCacheLimits = { maxEntries: 2000, maxBytes: 64 * 1024 * 1024 };

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly limits: PageCacheLimits = DEFAULT_LIMITS) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedPage | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    // Map order is insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, page: CachedPage): void {
    if (page.body.byteLength > this.limits.maxBytes) return;
    this.delete(key);
    this.entries.set(key, page);
    this.bytes += page.body.byteLength;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.byteLength;
    }
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.bytes -= old.body.byteLength;
  }
}

const shared = new PageCache();

export function pageCacheEnabled(): boolean {
  return process.env["PAGE_CACHE"] !== "off";
}

/** The cache key of a request, or null when its answer must not come from (or go into) the cache. */
export function pageCacheKey(request: Request, locale: string): string | null {
  if (request.method !== "GET" || !pageCacheEnabled()) return null;
  if (request.headers.has("if-none-match") || request.headers.has("if-modified-since")) return null;
  if (request.headers.has("authorization") || request.headers.has("cookie")) return null;
  const url = new URL(request.url);
  return `${RULES_VERSION} ${configuredOrigin()} ${locale} ${url.pathname}${url.search}`;
}

/** A shared cache may keep it, so this process may too: public, 200, no cookie. */
export function isCacheable(response: Response): boolean {
  const control = (response.headers.get("cache-control") ?? "").toLowerCase();
  return (
    response.status === 200 &&
    /(^|,)\s*public\s*(,|$)/.test(control) &&
    !/no-store|private|no-cache/.test(control) &&
    !response.headers.has("set-cookie") &&
    !response.headers.has("vary")
  );
}

export function toResponse(page: CachedPage): Response {
  return new Response(page.body, { status: page.status, headers: new Headers(page.headers as [string, string][]) });
}

/**
 * The page for this request from the cache, or rendered by `render` and kept when cacheable. The answer
 * is byte-for-byte what `render` returns (the cache test holds that).
 */
export async function cachedPage(request: Request, locale: string, render: () => Promise<Response>, cache: PageCache = shared): Promise<Response> {
  const key = pageCacheKey(request, locale);
  if (key === null) return render();
  const hit = cache.get(key);
  if (hit !== undefined) return toResponse(hit);
  const response = await render();
  if (!isCacheable(response)) return response;
  const page: CachedPage = {
    status: response.status,
    headers: [...response.headers.entries()],
    body: new Uint8Array(await response.arrayBuffer()),
  };
  cache.set(key, page);
  return toResponse(page);
}
