/**
 * `Cache-Control` for the look-up answers, so a CDN in front serves repeats:
 * five minutes for a complete answer, thirty seconds when a look-up failed
 * (a transient failure should not stick).
 */
export function cacheControlFor(lookupFailed: boolean): string {
  return lookupFailed ? 'public, max-age=30, s-maxage=30' : 'public, max-age=300, s-maxage=300';
}
