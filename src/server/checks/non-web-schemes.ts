/**
 * Schemes that are not fetched but are not an attack either: reported as
 * `not-requested` (docs/contracts/rules.md: "`mailto:` etc."). Any other scheme that is not
 * http or https is refused as `blocked-target` (gopher:, file:, dict: …).
 * Sources: the IANA URI scheme registry (https://www.iana.org/assignments/uri-schemes)
 * for mailto (RFC 6068), tel (RFC 3966), sms (RFC 5724), data (RFC 2397),
 * cid/mid (RFC 2392), about (RFC 6694); callto, facetime, skype, whatsapp
 * are provisional registrations; javascript/vbscript are browser schemes.
 */
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
