import type { IncomingHttpHeaders } from 'node:http';

/**
 * Signs that a response is a wall against automated clients rather than the
 * page: LinkedIn's 999, and the challenge markers of common bot-protection
 * services. Sources: shared/reference/email-platforms.md ("Bot walls"),
 * Cloudflare `cf-mitigated: challenge` (developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/),
 * DataDome `x-datadome` (docs.datadome.co), AWS WAF `x-amzn-waf-action`
 * (docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge.html).
 */
export function botWallOf(status: number, headers: IncomingHttpHeaders): string | null {
  if (status === 999) return 'status 999 (LinkedIn-style bot wall)';
  const header = (name: string): string => {
    const v = headers[name];
    return (Array.isArray(v) ? v.join(',') : (v ?? '')).toLowerCase();
  };
  if (header('cf-mitigated') === 'challenge') return 'Cloudflare challenge';
  if (header('x-datadome') !== '' || header('x-dd-b') !== '') return 'DataDome';
  const waf = header('x-amzn-waf-action');
  if (waf === 'challenge' || waf === 'captcha') return `AWS WAF ${waf}`;
  return null;
}
