import type { IncomingHttpHeaders } from 'node:http';

/**
 * Signs that a response is a wall against automated clients rather than the
 * page: LinkedIn's 999, and the challenge markers of common bot-protection
 * services, in the headers or (for HTML read anyway) the first 64 KB of the
 * body. Sources: the platforms' own documentation ("Bot walls");
 * Cloudflare `cf-mitigated: challenge` and the "Just a moment..." page
 * (developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/);
 * DataDome `x-datadome` and captcha-delivery.com (docs.datadome.co);
 * AWS WAF `x-amzn-waf-action` (docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge.html);
 * Imperva `_Incapsula_Resource`; HUMAN (PerimeterX) `px-captcha`.
 */
interface BodySign {
  pattern: RegExp;
  name: string;
}

const BODY_SIGNS: readonly BodySign[] = [
  {
    pattern: /<title>\s*Just a moment\.\.\.\s*<\/title>|cf-browser-verification|challenge-platform/i,
    name: 'Cloudflare challenge',
  },
  { pattern: /captcha-delivery\.com/i, name: 'DataDome' },
  { pattern: /_Incapsula_Resource/i, name: 'Imperva' },
  { pattern: /px-captcha/i, name: 'HUMAN (PerimeterX)' },
];

export function botWallOf(
  status: number,
  headers: IncomingHttpHeaders,
  body: string | null = null,
): string | null {
  if (status === 999) return 'status 999 (LinkedIn-style bot wall)';
  const header = (name: string): string => {
    const v = headers[name];
    return (Array.isArray(v) ? v.join(',') : (v ?? '')).toLowerCase();
  };
  if (header('cf-mitigated') === 'challenge') return 'Cloudflare challenge';
  if (header('x-datadome') !== '' || header('x-dd-b') !== '') return 'DataDome';
  const waf = header('x-amzn-waf-action');
  if (waf === 'challenge' || waf === 'captcha') return `AWS WAF ${waf}`;
  // A challenge page answers with an error status (403, 429, 503); a 2xx page that mentions these is content.
  if (body !== null && status >= 400) {
    for (const sign of BODY_SIGNS) if (sign.pattern.test(body)) return sign.name;
  }
  return null;
}
