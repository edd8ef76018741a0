/**
 * The privacy engines in the browser, loaded by the analysis worker the first
 * time it analyses, never by the page: Ghostery's engine file is an asset of
 * its own (about 0.5 MB compressed) fetched once and kept by the HTTP cache,
 * and the adblocker and tidy-url code is a chunk of its own, imported on
 * demand (see load-privacy-engines.ts). The versions come from the packages'
 * own package.json, read at build time.
 */
import engineUrl from '../../../node_modules/@ghostery/trackerdb/dist/trackerdb.engine?url';
import { version as trackerdb } from '../../../node_modules/@ghostery/trackerdb/package.json';
import { version as adblocker } from '@ghostery/adblocker/package.json';
import { version as tidyUrl } from '@protontech/tidy-url/package.json';
import type { PrivacyEngines } from '../../core/privacy/privacy-engines';

let loading: Promise<PrivacyEngines | null> | null = null;

/** The engines, or null when they cannot be had (offline, a failed fetch): the rules that need them then stay silent. */
export function loadBrowserPrivacyEngines(): Promise<PrivacyEngines | null> {
  loading ??= (async () => {
    try {
      const [response, { loadPrivacyEngines }] = await Promise.all([
        fetch(engineUrl),
        import('../../core/privacy/load-privacy-engines'),
      ]);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return await loadPrivacyEngines(bytes, { trackerdb, adblocker, tidyUrl });
    } catch {
      loading = null; // try again on the next analysis
      return null;
    }
  })();
  return loading;
}
