import { memoByString } from '../../cache/string-memo';

/**
 * Public URL shorteners: anyone can make a short link on them, so spam filters
 * distrust them. A host matches itself and its subdomains (`www.bit.ly`).
 * Brand-only shorteners (youtu.be, amzn.to) are left out: only their owner makes them.
 */
export interface ShortenerHost {
  host: string;
  source: string;
  unverified?: true;
}

const RULES_MD = 'docs/contracts/rules.md, link-shortener';
const SA = 'Apache SpamAssassin DecodeShortURLs url_shortener list';

export const SHORTENER_HOSTS: readonly ShortenerHost[] = [
  { host: 'bit.ly', source: RULES_MD },
  { host: 'bitly.com', source: 'bit.ly redirects to bitly.com short links', unverified: true },
  { host: 'j.mp', source: SA, unverified: true },
  { host: 'tinyurl.com', source: RULES_MD },
  { host: 't.co', source: RULES_MD },
  { host: 'ow.ly', source: RULES_MD },
  { host: 'goo.gl', source: RULES_MD },
  { host: 'is.gd', source: RULES_MD },
  { host: 'v.gd', source: SA, unverified: true },
  { host: 'buff.ly', source: RULES_MD },
  { host: 'rebrand.ly', source: RULES_MD },
  { host: 'cutt.ly', source: RULES_MD },
  { host: 'tiny.cc', source: SA, unverified: true },
  { host: 'shorturl.at', source: SA, unverified: true },
  { host: 'rb.gy', source: SA, unverified: true },
  { host: 't.ly', source: SA, unverified: true },
  { host: 'bl.ink', source: SA, unverified: true },
  { host: 's.id', source: SA, unverified: true },
  { host: 'soo.gd', source: SA, unverified: true },
  { host: 'shorte.st', source: SA, unverified: true },
  { host: 'adf.ly', source: SA, unverified: true },
  { host: 'bc.vc', source: SA, unverified: true },
  { host: 'qr.ae', source: SA, unverified: true },
  { host: 'po.st', source: SA, unverified: true },
  { host: 'dlvr.it', source: SA, unverified: true },
  { host: 'ift.tt', source: SA, unverified: true },
  { host: 'trib.al', source: SA, unverified: true },
  { host: 'lnkd.in', source: SA, unverified: true },
  { host: 'tr.im', source: SA, unverified: true },
  { host: 'x.co', source: SA, unverified: true },
  { host: 'clck.ru', source: SA, unverified: true },
  { host: 'short.io', source: SA, unverified: true },
];

/** The shortener a host belongs to, or null. */
export function shortenerOf(host: string): string | null {
  return shortenerOfHost(host);
}

/** Asked for every web link's host (and its wrapped destination's): once per distinct host. */
const shortenerOfHost = memoByString((host: string): string | null => {
  const h = host.toLowerCase().replace(/\.$/, '');
  return SHORTENER_HOSTS.find((s) => h === s.host || h.endsWith(`.${s.host}`))?.host ?? null;
}, 2_000);
