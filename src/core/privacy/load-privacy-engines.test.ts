import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadFreshNodePrivacyEngines } from '../../cli/privacy-data';
import type { PrivacyEngines } from './privacy-engines';

/** The collector, reachable without a command-line flag. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const URL_A = 'https://shop.example.com/p?utm_source=news&fbclid=abc123&gclid=xyz';
const PIXEL = 'https://pixel.example.net/open.gif?u=1';

/**
 * A large email (about 52 MB) and the engines asked about URLs read from it as the extraction reads
 * them: slices sharing its memory. Returns the email when `keep` (the measure's own check), else nothing.
 */
function askAboutAnEmail(engines: PrivacyEngines, n: number, keep: boolean): string | null {
  const email = `${'<p>filler</p>'.repeat(4_000_000)}${URL_A}&n=${n} ${PIXEL}&n=${n}`;
  const link = email.slice(email.indexOf('https://shop'), email.indexOf(' ', email.length - 200));
  const image = email.slice(email.indexOf('https://pixel'));
  engines.cleanForProton(link);
  engines.matchTracker(image, 'image');
  engines.matchTracker(link, 'main_frame');
  return keep ? email : null;
}

describe('the privacy engines’ caches', () => {
  it('do not keep an email alive through a URL cut from it', async () => {
    const engines = await loadFreshNodePrivacyEngines();
    const gc = collector();
    const heapGrowth = (n: number, keep: boolean): { bytes: number; kept: string | null } => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = askAboutAnEmail(engines, n, keep);
      gc();
      return { bytes: process.memoryUsage().heapUsed - before, kept };
    };
    // The measure sees a kept email…
    expect(heapGrowth(1, true).bytes).toBeGreaterThan(40_000_000);
    // …and the caches keep none (new URLs, so new keys, each time).
    expect(heapGrowth(2, false).bytes).toBeLessThan(10_000_000);
    expect(heapGrowth(3, false).bytes).toBeLessThan(10_000_000);
    // The answers are those of the URLs.
    expect(engines.cleanForProton(`${URL_A}&n=2`)?.removed).toEqual(
      expect.arrayContaining(['fbclid', 'gclid']),
    );
  });
});
