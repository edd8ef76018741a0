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

describe('Proton’s cleaning', () => {
  it('gives the answers of the library’s own cleaner, set up as Proton sets it up', async () => {
    const engines = await loadFreshNodePrivacyEngines();
    const tidy = await import('@protontech/tidy-url');
    const plain = new tidy.TidyCleaner();
    plain.allow_amp = true;
    plain.allow_redirects = true;
    plain.silent = true;
    // Hosts with rules of their own, redirect and decode rules, tracking parameters of every kind.
    const urls = [
      'https://shop.example.com/p?utm_source=news&utm_medium=email&fbclid=abc&gclid=xyz&id=7',
      'https://www.amazon.com/dp/B000?tag=x&ref_=nav&pd_rd_r=1&keywords=shoes',
      'https://www.youtube.com/watch?v=abc&si=track&feature=share',
      'https://www.google.com/url?q=https%3A%2F%2Fshop.example.com%2Fa%3Futm_source%3Dx&sa=D',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com%2Fb&h=AT0',
      'https://twitter.com/x/status/1?s=20&t=abc',
      'https://www.linkedin.com/in/someone?trk=public_profile&originalSubdomain=uk',
      'https://shop.example.com/c?mc_cid=1&mc_eid=2&_hsenc=p2&_hsmi=3&mkt_tok=4',
      'https://shop.example.com/d?q=plain',
      'https://shop.example.com/e',
    ];
    for (const url of urls) {
      const expected = plain.clean(url);
      const got = engines.cleanForProton(url);
      expect(got?.url, url).toBe(expected.url);
      expect(got?.removed, url).toEqual(expected.info.removed.map((r) => r.key));
      expect(got?.newHost, url).toBe(expected.info.is_new_host);
    }
  });
});
