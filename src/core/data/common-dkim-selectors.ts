/**
 * DKIM selectors probed when no message names one (no DKIM-Signature `s=`).
 * Source: the platforms' own documentation, "Sender authentication"
 * (Google Workspace `google`; Microsoft 365 `selector1`/`selector2`;
 * Mailchimp/Mandrill `k1`–`k3` and `mandrill`; SendGrid `s1`/`s2`; HubSpot
 * `hs1`/`hs2`; generic `default`, `dkim`).
 */
export const COMMON_DKIM_SELECTORS: readonly string[] = [
  'google',
  'selector1',
  'selector2',
  'k1',
  'k2',
  'k3',
  's1',
  's2',
  'mandrill',
  'default',
  'dkim',
  'hs1',
  'hs2',
];
