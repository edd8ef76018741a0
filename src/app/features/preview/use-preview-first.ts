import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../../core/types';

/**
 * How long the rest of the page waits for the preview at most: a 100 KB email
 * shows within about this long of its report on a loaded machine, while a
 * 1 MB one takes over a second to sanitise and mount, and its verdict should
 * not wait for that.
 */
const PREVIEW_FIRST_MS = 150;

/**
 * The preview goes first. A new report reaches the preview at once (the
 * caller hands it the latest report); the rest of the page (verdict, issues,
 * links table) gets it once the preview shows the email (`shown` is called
 * with the report the preview shows), or after `waitMs`, whichever comes
 * first. Both renders share the page's one thread: measured on a 100 KB email,
 * the preview painted 33 ms sooner when the issues list rendered after it
 * instead of before, and the issues list came 20 ms after the preview.
 *
 * Returns the report the rest of the page shows, and the callback the
 * preview calls. The first report goes through at once (no preview to wait for).
 */
export function usePreviewFirst<R extends { report: Report }>(
  latest: R | undefined,
  waitMs = PREVIEW_FIRST_MS,
): { forPage: R | undefined; shown: (report: Report) => void } {
  const [forPage, setForPage] = useState(latest);
  const [previewed, setPreviewed] = useState<Report | null>(null);
  useEffect(() => {
    if (latest === forPage) return;
    if (forPage === undefined || latest === undefined || previewed === latest.report) {
      setForPage(latest);
      return;
    }
    const timer = setTimeout(() => setForPage(latest), waitMs);
    return () => clearTimeout(timer);
  }, [latest, forPage, previewed, waitMs]);
  const shown = useCallback((report: Report) => setPreviewed(report), []);
  return { forPage: latest === undefined ? undefined : forPage, shown };
}
