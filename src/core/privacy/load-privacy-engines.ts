import { APPLE_DATA_VERSION } from '../data/apple-link-tracking-protection';
import { PIXEL_PAGE, type DataVersions, type PrivacyEngines, type TrackerMatch } from './privacy-engines';

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

  const trackerCache = new Map<string, TrackerMatch | null>();
  return {
    versions: { ...versions, appleLinkTrackingProtection: APPLE_DATA_VERSION },
    matchTracker(url, kind) {
      const key = `${kind} ${url}`;
      const cached = trackerCache.get(key);
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
      trackerCache.set(key, found);
      return found;
    },
    cleanForProton(url) {
      try {
        if (!cleaner.validate(url)) return null;
        const { url: cleaned, info } = cleaner.clean(url);
        return { removed: info.removed.map((r) => r.key), url: cleaned, newHost: info.is_new_host };
      } catch {
        return null;
      }
    },
  };
}
