/**
 * URL shapes of unsubscribe, one-click and preference links that a link
 * checker must never request: link checkers and security gateways that GET
 * unsubscribe links unsubscribe the reader (PageModifiedOfficial/Check-My-Links#7,
 * cited in shared/reference/email-platforms.md); RFC 8058 one-click
 * unsubscribe is a POST for that reason. Matched against path and query.
 */
export interface UnsubscribePattern {
  pattern: RegExp;
  kind: 'unsubscribe' | 'one-click-unsubscribe' | 'list-unsubscribe' | 'preferences';
  source: string;
}

export const UNSUBSCRIBE_URL_PATTERNS: readonly UnsubscribePattern[] = [
  { pattern: /one[-_]?click/i, kind: 'one-click-unsubscribe', source: 'RFC 8058' },
  { pattern: /list[-_]?unsub/i, kind: 'list-unsubscribe', source: 'RFC 2369, RFC 8058' },
  {
    pattern: /unsub/i,
    kind: 'unsubscribe',
    source: 'common unsubscribe paths (Mailchimp /unsubscribe, Mailgun %unsubscribe_url%)',
  },
  { pattern: /opt[-_]?out/i, kind: 'unsubscribe', source: 'common opt-out paths' },
  {
    pattern: /\/asm\//i,
    kind: 'unsubscribe',
    source: 'SendGrid /asm/unsubscribe (shared/reference/email-platforms.md)',
  },
  {
    pattern: /(?:manage|email|update)[-_]?(?:preferences|profile|subscriptions?)/i,
    kind: 'preferences',
    source: 'Mailchimp *|UPDATE_PROFILE|*, preference centres',
  },
];

/** Schemes that are not fetched but are not an attack either: reported as not-requested. */
export const NON_WEB_SCHEMES: readonly string[] = [
  'mailto:',
  'tel:',
  'sms:',
  'callto:',
  'facetime:',
  'skype:',
  'whatsapp:',
  'javascript:',
  'vbscript:',
  'data:',
  'about:',
  'cid:',
  'mid:',
];
