/**
 * Security headers. The web app (served by the Node adapter from dist/app, or
 * by a CDN in front of a serverless deployment) gets a Content-Security-Policy
 * without inline script or eval; the email preview renders in a sandboxed
 * frame from a blob:, hence `frame-src blob:`. The API's JSON gets a policy
 * that allows nothing at all.
 */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "frame-src 'self' blob: data:",
  "child-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const COMMON: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** Headers for the web app's files (HTML, scripts, styles). */
export const APP_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON,
  'content-security-policy': APP_CSP,
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Headers for every /api/* answer. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON,
  'content-security-policy': API_CSP,
};
