import { APPLE_DATA_VERSION } from '../data/apple-link-tracking-protection';
import {
  PIXEL_PAGE,
  type DataVersions,
  type PrivacyEngines,
  type ProtonCleaning,
  type RequestKind,
  type TrackerMatch,
} from './privacy-engines';

/** Answers kept per URL, in each cache (a long-lived worker sees many emails; the same links recur while one is edited). */
const CACHE_LIMIT = 20_000;

/**
 * A cache key of its own. A URL read from an email may be a slice that
 * shares the email's memory (the extraction's tree keeps attribute values as
 * slices of the input): as a key of these caches, which outlive the
 * analysis, it would keep the whole email alive. Only new keys are copied.
 */
function ownKey(url: string): string {
  return JSON.parse(JSON.stringify(url)) as string;
}

/**
 * Builds the privacy engines from the bytes of `@ghostery/trackerdb`'s
 * `trackerdb.engine` (the caller reads them: the CLI from node_modules, the
 * app's worker with fetch) and the package versions. The libraries are
 * imported here, dynamically, so a bundle that never loads privacy data never
 * carries them.
 */
export async function loadPrivacyEngines(
  engineBytes: Uint8Array,
  versions: Omit<DataVersions, 'appleLinkTrackingProtection'>,
): Promise<PrivacyEngines> {
  const [{ FiltersEngine, Request }, tidy] = await Promise.all([
    import('@ghostery/adblocker'),
    import('@protontech/tidy-url'),
  ]);
  const engine = FiltersEngine.deserialize(engineBytes);
  // Proton's own set-up: AMP links are left alone ("too many links were broken"), redirects are skipped.
  const cleaner = new tidy.TidyCleaner();
  cleaner.allow_amp = true;
  cleaner.allow_redirects = true;
  cleaner.silent = true;
  // The cleaner's rules with their defaults filled in, made once: the library's `expandedRules` getter
  // copies all 171 rules on every call of `clean` (measured: cleaning the 1,844 distinct URLs of a 1 MB
  // email with a new cleaner took 124 ms, 64 with the list made once; warm, 62 and 46). `clean` only
  // reads the list (and resets its patterns' lastIndex), and the rules never change after set-up; a test
  // checks the answers against a cleaner as the library makes it.
  Object.defineProperty(cleaner, 'expandedRules', { value: cleaner.expandedRules });

  // What the cleaner can act on, read from its own rules: a URL without any of these parameters is returned
  // unchanged (nothing removed, no redirect followed), so it need not be cleaned at all (cleaning costs
  // ~0.2 ms a URL: the library copies all its rules and tests each host pattern on every call).
  const actionable = new Set<string>();
  for (const rule of cleaner.rules as Array<{
    rules?: string[];
    redirect?: string;
    decode?: { param?: string };
  }>) {
    for (const name of rule.rules ?? []) actionable.add(name.toLowerCase());
    if (rule.redirect) actionable.add(rule.redirect.toLowerCase());
    if (rule.decode?.param) actionable.add(rule.decode.param.toLowerCase());
  }
  const mayClean = (url: string): boolean => {
    const query = url.indexOf('?');
    if (query === -1) return false;
    const hash = url.indexOf('#', query);
    for (const pair of url.slice(query + 1, hash === -1 ? undefined : hash).split('&')) {
      const eq = pair.indexOf('=');
      let name = eq === -1 ? pair : pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // keep it as written
      }
      if (actionable.has(name.toLowerCase())) return true;
    }
    return false;
  };
  // One cache per request kind, keyed by the URL itself: a joined `kind url` key was a new string to hash on every hit.
  const trackerCaches: Record<RequestKind, Map<string, TrackerMatch | null>> = {
    main_frame: new Map(),
    image: new Map(),
  };
  const cleanCache = new Map<string, ProtonCleaning | null>();
  return {
    versions: { ...versions, appleLinkTrackingProtection: APPLE_DATA_VERSION },
    matchTracker(url, kind) {
      const trackerCache = trackerCaches[kind];
      const cached = trackerCache.get(url);
      if (cached !== undefined) return cached;
      let found: TrackerMatch | null = null;
      try {
        const request = Request.fromRawDetails(
          kind === 'image' ? { url, type: kind, sourceUrl: PIXEL_PAGE } : { url, type: kind },
        );
        const result = engine.match(request);
        if (result.match && result.filter && !result.exception) {
          const meta = engine.metadata?.fromFilter(result.filter)[0];
          found = {
            name: meta?.pattern.name ?? 'a listed tracker',
            category: meta?.category?.key ?? meta?.pattern.category ?? null,
            organization: meta?.organization?.name ?? null,
            filter: result.filter.toString(),
          };
        }
      } catch {
        found = null; // a URL the engine cannot read is not a tracker it knows
      }
      if (trackerCache.size >= CACHE_LIMIT) trackerCache.clear();
      trackerCache.set(ownKey(url), found);
      return found;
    },
    cleanForProton(url) {
      const cached = cleanCache.get(url);
      if (cached !== undefined) return cached;
      const key = ownKey(url);
      let result: ProtonCleaning | null;
      try {
        if (!mayClean(url)) result = { removed: [], url: key, newHost: false };
        else if (!cleaner.validate(url)) result = null;
        else {
          const { url: cleaned, info } = cleaner.clean(url);
          // The cleaner gives back the URL itself when it leaves it as it was.
          const own = cleaned === url ? key : cleaned;
          result = { removed: info.removed.map((r) => r.key), url: own, newHost: info.is_new_host };
        }
      } catch {
        result = null;
      }
      if (cleanCache.size >= CACHE_LIMIT) cleanCache.clear();
      cleanCache.set(key, result);
      return result;
    },
  };
}
