/**
 * The privacy data the `param-stripped` and `tracker-blocked` rules judge
 * with, from maintained packages: Ghostery's tracker database
 * (`@ghostery/trackerdb`, a serialised `@ghostery/adblocker` engine) and
 * Proton Mail's link cleaner (`@protontech/tidy-url`). The engine file is
 * large, so it is loaded where the analysis runs (the app's worker, the
 * CLI), once, lazily: see load-privacy-engines.ts. Apple's observed list is
 * small data in the repository (../data/apple-link-tracking-protection.ts).
 */

/** How a blocker sees a request: a clicked link is a top-level navigation, the open pixel an image. */
export type RequestKind = 'main_frame' | 'image';

export interface TrackerMatch {
  /** The tracker's name in Ghostery's database ("MailChimp Tracking"). */
  name: string;
  /** Ghostery's category key (`advertising`, `site_analytics`, `email` …). */
  category: string | null;
  organization: string | null;
  /** The filter that matched, as the engine prints it. */
  filter: string;
}

export interface ProtonCleaning {
  /** Parameter names Proton's cleaner removes, in URL order. */
  removed: string[];
  /** The URL the reader's browser gets. */
  url: string;
  /** The cleaner sends the reader to another host (it skips a redirect whose target is in the URL). */
  newHost: boolean;
}

export interface DataVersions {
  /** `@ghostery/trackerdb` package version. */
  trackerdb: string | null;
  /** `@ghostery/adblocker` package version (the engine format). */
  adblocker: string | null;
  /** `@protontech/tidy-url` package version. */
  tidyUrl: string | null;
  /** The Apple Link Tracking Protection list in this repository: `observed YYYY-MM` of its newest source. */
  appleLinkTrackingProtection: string;
}

export interface PrivacyEngines {
  /** The tracker a blocker using Ghostery's database would stop for this request, or null. */
  matchTracker(url: string, kind: RequestKind): TrackerMatch | null;
  cleanForProton(url: string): ProtonCleaning | null;
  versions: DataVersions;
}

/**
 * Where the open pixel is loaded from, for the blocker: a webmail page on
 * another site. Blockers treat an image from another site as third-party;
 * a clicked link is a top-level navigation with no page around it.
 */
export const PIXEL_PAGE = 'https://webmail.invalid/';
