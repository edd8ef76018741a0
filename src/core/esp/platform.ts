/**
 * The shape of one email platform's entry in the catalogue (./platforms.ts).
 * Every fact carries the source it was taken from; `unverified` marks a fact
 * no source confirmed (the reference's "unverified"): a hint, not a proof.
 */

export interface Sourced {
  /** Where the fact comes from: documentation page, public issue, or a sample message. */
  source: string;
  /** True when no source confirmed it. */
  unverified?: true;
}

export type HostRole =
  /** Every link on the host is a click-tracking redirect (unless `clickPath` narrows it). */
  | 'click'
  /** The platform's own host that is not a click redirect (web version, landing pages, images). */
  | 'other';

export interface PlatformHost extends Sourced {
  /** Matched against the lowercase host name. */
  host: RegExp;
  role: HostRole;
  /** For `click` hosts that also serve other pages: the path (+ query) of click URLs. */
  clickPath?: RegExp;
}

export type UrlShapeKind = 'click' | 'open' | 'unsubscribe' | 'preferences' | 'web-version';

export interface UrlShape extends Sourced {
  kind: UrlShapeKind;
  /** Matched against `pathname + search` of the URL, as written (percent-encoding kept). */
  path: RegExp;
  /** Only on these hosts; any host (branded domains) when absent. */
  host?: RegExp;
  /**
   * `strong`: the shape alone shows the platform, on any host. `weak`: generic
   * (`/c/<token>`): it counts only on a host already judged to carry most links.
   */
  strength: 'strong' | 'weak';
}

export interface CnameTarget extends Sourced {
  /** Matched against each lowercase name of a CNAME chain, without the trailing dot. */
  name: RegExp;
  /** The target as people write it in a message (`sendgrid.net`, `mkto-<id>.com`). */
  shown: string;
}

export interface OptOutAttribute extends Sourced {
  /** Lowercase attribute name. */
  name: string;
  /**
   * The value that turns tracking off (compared case-insensitively); for `class`,
   * one of the class tokens. Any value (or none) when absent.
   */
  value?: string;
}

export interface MergeTagSign extends Sourced {
  /** Matched against an href as written (after entity decoding). */
  pattern: RegExp;
  /** What the tag stands for, when it is a system link. */
  system?: 'unsubscribe' | 'preferences' | 'web-version';
}

export interface HeaderSign extends Sourced {
  /** Lowercase header name; a trailing `*` matches every name that starts with the rest (`x-ses-*`). */
  name: string;
  /** Matched against the value; any value when absent. */
  value?: RegExp;
}

export interface QueryParameterSign extends Sourced {
  /** A query parameter the platform adds to destination URLs (Klaviyo `_kx`, Marketo `mkt_tok`). */
  name: string;
}

export interface OwnUtmSign extends Sourced {
  /** The campaign parameter (lowercase `utm_*` name). */
  name: string;
  /** The values the platform writes itself, matched against the whole value. */
  value: RegExp;
}

export interface Platform {
  /** The report's `esp` id (docs/contracts/report.md): lowercase kebab-case. */
  id: string;
  /** The name people know it by. */
  name: string;
  /**
   * Infrastructure that other platforms send through (SendGrid, SparkPost,
   * Mailgun, SES): where a customer-facing platform is also recognised, it wins.
   */
  infrastructure?: true;
  hosts: readonly PlatformHost[];
  shapes: readonly UrlShape[];
  cnameTargets: readonly CnameTarget[];
  optOut: readonly OptOutAttribute[];
  mergeTags: readonly MergeTagSign[];
  headers: readonly HeaderSign[];
  queryParameters?: readonly QueryParameterSign[];
  /**
   * Campaign (`utm_*`) values the platform writes itself on its own feature
   * links (share, subscribe, footer): the sender cannot change them, so they
   * are not compared with the sender's own.
   */
  ownUtm?: readonly OwnUtmSign[];
}
