import type { LinkCheckFacts, SenderFacts, TrackingDomainFacts } from '../facts';
import { chainFacts, hop } from '../rules/link-check-facts.test-helpers';
import { dkimFacts, senderFacts, tlsFacts, trackingFacts } from '../rules/online-facts.test-helpers';

/**
 * For online rule tests: one fact per message of every online rule, with the
 * message ID, the structured data and the developer sentence it must give.
 */
export type VerdictCase = {
  rule: string;
  messageId: string;
  data: Record<string, unknown>;
  message: string;
} & (
  | { subject: 'link'; fact: LinkCheckFacts }
  | { subject: 'sender'; fact: SenderFacts }
  | { subject: 'tracking-domain'; fact: TrackingDomainFacts }
);

const SERVFAIL = { code: 'dns-servfail', message: 'the name server failed' };
const expiringTls = tlsFacts({ daysToExpiry: 3, validTo: '2026-12-04T00:00:00.000Z' });
const wrongCertificate = tlsFacts({
  subject: 'CN=*.sendgrid.net',
  names: ['*.sendgrid.net'],
  issuer: 'CN=R11',
  trusted: false,
  coversHost: false,
  error: 'hostname-mismatch',
});
const chainOf = (n: number) => Array.from({ length: n }, (_, i) => `https://r${i}.example/`);

export const VERDICT_CASES: VerdictCase[] = [
  {
    rule: 'blocked-target',
    subject: 'link',
    fact: chainFacts(['https://a.example/', 'http://10.0.0.5/admin'], null, {
      error: { code: 'blocked-target', message: '10.0.0.5 is a private address' },
      finalUrl: null,
    }),
    messageId: 'blocked-target',
    data: { hop: 1, hopUrl: 'http://10.0.0.5/admin', reason: '10.0.0.5 is a private address' },
    message: 'Blocked target (hop 2, http://10.0.0.5/admin): 10.0.0.5 is a private address',
  },
  {
    rule: 'bot-blocked',
    subject: 'link',
    fact: chainFacts(['https://www.linkedin.com/in/shop'], 999),
    messageId: 'bot-blocked',
    data: { why: 'status 999', url: 'https://www.linkedin.com/in/shop', status: 999 },
    message:
      "Blocked as a bot (status 999) at https://www.linkedin.com/in/shop: the link's real state is unknown, not broken",
  },
  {
    rule: 'broken-link',
    subject: 'link',
    fact: chainFacts(['https://a.example/x', 'https://b.example/gone'], 404),
    messageId: 'broken-link',
    data: { status: 404, redirects: 1, finalUrl: 'https://b.example/gone' },
    message: 'Broken link: the server answers HTTP 404 after 1 redirect(s), at https://b.example/gone',
  },
  {
    rule: 'broken-link',
    subject: 'link',
    fact: chainFacts(['https://nope.example/'], null, {
      error: { code: 'dns-nxdomain', message: 'The host nope.example does not exist' },
    }),
    messageId: 'broken-link/no-host',
    data: { code: 'dns-nxdomain', reason: 'The host nope.example does not exist' },
    message: 'Broken link: The host nope.example does not exist',
  },
  {
    rule: 'dkim-missing',
    subject: 'sender',
    fact: senderFacts({ dkim: [dkimFacts({ found: false, record: null, keyType: null, keyBits: null })] }),
    messageId: 'dkim-missing',
    data: { selector: 's1', domain: 'example.com' },
    message: 'No DKIM key at s1._domainkey.example.com: messages signed with s=s1 fail DKIM.',
  },
  {
    rule: 'dkim-missing',
    subject: 'sender',
    fact: senderFacts({ dkim: [dkimFacts({ revoked: true, keyBits: null })] }),
    messageId: 'dkim-missing/revoked',
    data: { selector: 's1', domain: 'example.com' },
    message:
      'The DKIM key at s1._domainkey.example.com is revoked (empty p=): messages signed with it fail DKIM.',
  },
  {
    rule: 'dkim-missing',
    subject: 'sender',
    fact: senderFacts({
      dkim: ['google', 'k1'].map((selector) =>
        dkimFacts({ selector, source: 'common', found: false, record: null, keyType: null, keyBits: null }),
      ),
    }),
    messageId: 'dkim-missing/common-selectors',
    data: { domain: 'example.com', selectors: ['google', 'k1'] },
    message:
      "No DKIM key found for example.com at the common selectors (google, k1); give the selector of the message's DKIM-Signature (s=) to check it.",
  },
  {
    rule: 'dkim-weak-key',
    subject: 'sender',
    fact: senderFacts({ dkim: [dkimFacts({ keyBits: 512 })] }),
    messageId: 'dkim-weak-key',
    data: { selector: 's1', domain: 'example.com', bits: 512 },
    message:
      'The DKIM key at s1._domainkey.example.com is RSA 512 bits: receivers reject keys under 1024 bits (RFC 8301), so DKIM fails. Publish a 2048-bit key.',
  },
  {
    rule: 'dkim-weak-key',
    subject: 'sender',
    fact: senderFacts({ dkim: [dkimFacts({ keyBits: 1024 })] }),
    messageId: 'dkim-weak-key/under-2048',
    data: { selector: 's1', domain: 'example.com', bits: 1024 },
    message: 'The DKIM key at s1._domainkey.example.com is RSA 1024 bits; 2048 is recommended (RFC 8301).',
  },
  {
    rule: 'dmarc-missing',
    subject: 'sender',
    fact: senderFacts({ dmarc: { record: null, foundAt: null, policy: null, error: null } }),
    messageId: 'dmarc-missing',
    data: { domain: 'example.com' },
    message:
      'No DMARC record at _dmarc.example.com nor at its organisational domain: Gmail and Yahoo require one (p=none is enough) from bulk senders since 2024.',
  },
  {
    rule: 'dmarc-missing',
    subject: 'sender',
    fact: senderFacts({
      dmarc: {
        record: 'v=DMARC1; p=none',
        records: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'],
        foundAt: 'example.com',
        policy: 'none',
        error: null,
      },
    }),
    messageId: 'dmarc-missing/multiple-records',
    data: { domain: 'example.com', records: 2 },
    message:
      '_dmarc.example.com holds 2 DMARC records: receivers then apply no DMARC policy at all (RFC 7489 §6.6.3). Keep one.',
  },
  {
    rule: 'dmarc-policy-none',
    subject: 'sender',
    fact: senderFacts({
      domain: 'news.example.com',
      dmarc: {
        record: 'v=DMARC1; p=reject; sp=none',
        foundAt: 'example.com',
        policy: 'reject',
        subdomainPolicy: 'none',
        error: null,
      },
    }),
    messageId: 'dmarc-policy-none',
    data: { domain: 'news.example.com', foundAt: 'example.com', tag: 'sp' },
    message:
      'The DMARC policy of news.example.com (found at example.com) is sp=none: it only monitors, and mail spoofing the domain is still delivered. Move to p=quarantine or p=reject once reports show your own mail passes.',
  },
  {
    rule: 'dns-lookup-failed',
    subject: 'sender',
    fact: senderFacts({ spf: { ...senderFacts().spf, records: [], record: null, error: SERVFAIL } }),
    messageId: 'dns-lookup-failed/spf',
    data: { domain: 'example.com', code: 'dns-servfail', error: 'the name server failed' },
    message:
      'The SPF look-up for example.com failed: the name server failed (dns-servfail); the result is unknown, not missing.',
  },
  {
    rule: 'dns-lookup-failed',
    subject: 'sender',
    fact: senderFacts({ spf: { ...senderFacts().spf, nestedErrors: [SERVFAIL] } }),
    messageId: 'dns-lookup-failed/spf-include',
    data: { domain: 'example.com', code: 'dns-servfail' },
    message:
      'A look-up inside the SPF include tree of example.com failed: the name server failed (dns-servfail); the result is unknown, not missing.',
  },
  {
    rule: 'dns-lookup-failed',
    subject: 'sender',
    fact: senderFacts({ dmarc: { record: null, foundAt: null, policy: null, error: SERVFAIL } }),
    messageId: 'dns-lookup-failed/dmarc',
    data: { domain: 'example.com', code: 'dns-servfail' },
    message:
      'The DMARC look-up for example.com failed: the name server failed (dns-servfail); the result is unknown, not missing.',
  },
  {
    rule: 'dns-lookup-failed',
    subject: 'sender',
    fact: senderFacts({ dkim: [dkimFacts({ found: false, error: SERVFAIL })] }),
    messageId: 'dns-lookup-failed/dkim',
    data: { selector: 's1', domain: 'example.com', code: 'dns-servfail' },
    message:
      'The DKIM look-up at s1._domainkey.example.com failed: the name server failed (dns-servfail); the result is unknown, not missing.',
  },
  {
    rule: 'dns-lookup-failed',
    subject: 'sender',
    fact: senderFacts({ mx: [], mxError: SERVFAIL }),
    messageId: 'dns-lookup-failed/mx',
    data: { domain: 'example.com', code: 'dns-servfail' },
    message:
      'The MX look-up for example.com failed: the name server failed (dns-servfail); the result is unknown, not missing.',
  },
  {
    rule: 'dns-lookup-failed',
    subject: 'tracking-domain',
    fact: trackingFacts({ cname: [], addresses: [], error: { code: 'dns-timeout', message: 'no answer' } }),
    messageId: 'dns-lookup-failed/tracking-domain',
    data: { host: 'click.example.com', code: 'dns-timeout', error: 'no answer' },
    message:
      'The DNS look-up for click.example.com failed: no answer (dns-timeout); whether it is set up is unknown.',
  },
  {
    rule: 'dns-propagation',
    subject: 'tracking-domain',
    fact: trackingFacts({
      propagation: {
        checkedAt: '2026-12-01T06:00:00.000Z',
        servers: ['1.1.1.1:53', '9.9.9.9:53'],
        records: [
          {
            record: 'CNAME',
            name: 'click.example.com',
            answers: [
              { server: '1.1.1.1:53', status: 'found', values: ['sendgrid.net'], ttl: 300 },
              { server: '9.9.9.9:53', status: 'none', values: [], ttl: 600 },
            ],
          },
        ],
      },
    }),
    messageId: 'dns-propagation/tracking-domain',
    data: { record: 'CNAME', name: 'click.example.com', answered: 2, found: 1, catchUpSeconds: 600 },
    message:
      'CNAME of click.example.com found on 1 of 2 resolvers: 1.1.1.1:53 → sendgrid.net (TTL 300 s); no record on 9.9.9.9:53 (TTL 600 s). The slowest should catch up within 10 min (by 2026-12-01 06:10 UTC), when its cached answer expires.',
  },
  {
    rule: 'dns-propagation',
    subject: 'sender',
    fact: senderFacts({
      propagation: {
        checkedAt: '2026-12-01T06:00:00.000Z',
        servers: ['1.1.1.1:53', '9.9.9.9:53'],
        records: [
          {
            record: 'DMARC',
            name: '_dmarc.example.com',
            answers: [
              { server: '1.1.1.1:53', status: 'found', values: ['v=DMARC1; p=reject'], ttl: 300 },
              { server: '9.9.9.9:53', status: 'found', values: ['v=DMARC1; p=none'], ttl: 3600 },
            ],
          },
        ],
      },
    }),
    messageId: 'dns-propagation/sender',
    data: { record: 'DMARC', name: '_dmarc.example.com', found: 2, catchUpSeconds: 3600 },
    message:
      'DMARC record of _dmarc.example.com differs between 2 resolvers: 9.9.9.9:53 → v=DMARC1; p=none (TTL 3600 s); 1.1.1.1:53 → v=DMARC1; p=reject (TTL 300 s). The slowest should catch up within 1 h (by 2026-12-01 07:00 UTC), when its cached answer expires.',
  },
  {
    rule: 'domain-blocklisted',
    subject: 'tracking-domain',
    fact: trackingFacts({
      blocklists: [{ zone: 'dbl.spamhaus.org', status: 'listed', codes: ['127.0.1.4'], meaning: 'phishing' }],
    }),
    messageId: 'domain-blocklisted',
    data: { host: 'click.example.com', zone: 'dbl.spamhaus.org', meaning: 'phishing', codes: ['127.0.1.4'] },
    message:
      'click.example.com is listed on dbl.spamhaus.org (phishing): filters that use this list junk or reject mail carrying links to it.',
  },
  {
    rule: 'fetch-failed',
    subject: 'link',
    fact: chainFacts(['https://a.example/'], null, { error: { code: 'timeout', message: 'after 10 s' } }),
    messageId: 'fetch-failed',
    data: { url: 'https://a.example/', code: 'timeout', error: 'after 10 s' },
    message: 'Fetch failed: timed out (after 10 s)',
  },
  {
    rule: 'https-downgrade',
    subject: 'link',
    fact: chainFacts(['https://a.example/x', 'http://b.example/y']),
    messageId: 'https-downgrade',
    data: { from: 'https://a.example/x', to: 'http://b.example/y' },
    message: 'HTTPS downgrade: https://a.example/x redirects to plain http http://b.example/y',
  },
  {
    rule: 'long-redirect-chain',
    subject: 'link',
    fact: chainFacts(chainOf(5)),
    messageId: 'long-redirect-chain',
    data: { redirects: 4, finalUrl: 'https://r4.example/' },
    message: 'Long redirect chain: 4 redirects before https://r4.example/',
  },
  {
    rule: 'mx-missing',
    subject: 'sender',
    fact: senderFacts({ mx: [] }),
    messageId: 'mx-missing',
    data: { domain: 'example.com' },
    message:
      'example.com has no MX record: replies to the From address cannot be delivered, and some receivers distrust senders that cannot receive mail.',
  },
  {
    rule: 'mx-missing',
    subject: 'sender',
    fact: senderFacts({ mx: [{ exchange: '.', priority: 0 }] }),
    messageId: 'mx-missing/null-mx',
    data: { domain: 'example.com' },
    message: 'example.com publishes a null MX (RFC 7505): it declares it accepts no mail, so replies bounce.',
  },
  {
    rule: 'not-requested',
    subject: 'link',
    fact: {
      url: 'https://shop.example/unsubscribe?u=1',
      hops: [],
      finalUrl: null,
      finalStatus: null,
      ms: 0,
      error: { code: 'not-requested', message: 'Not followed: an unsubscribe link' },
    },
    messageId: 'not-requested',
    data: { url: 'https://shop.example/unsubscribe?u=1', reason: 'Not followed: an unsubscribe link' },
    message: 'Not followed: an unsubscribe link',
  },
  {
    rule: 'redirect-loop',
    subject: 'link',
    fact: {
      ...chainFacts(['https://a.example/', 'https://b.example/']),
      hops: [
        hop('https://a.example/', 302, 'https://b.example/'),
        hop('https://b.example/', 302, 'https://a.example/'),
      ],
    },
    messageId: 'redirect-loop',
    data: { hop: 1, url: 'https://b.example/', location: 'https://a.example/' },
    message: 'Redirect loop: hop 2 sends the browser back to https://a.example/',
  },
  {
    rule: 'redirect-loop',
    subject: 'link',
    fact: chainFacts(['https://a.example/'], null, {
      error: { code: 'redirect-loop', message: 'the chain came back to https://a.example/' },
    }),
    messageId: 'redirect-loop/reported',
    data: { reason: 'the chain came back to https://a.example/' },
    message: 'Redirect loop: the chain came back to https://a.example/',
  },
  {
    rule: 'slow-response',
    subject: 'link',
    fact: {
      ...chainFacts(['https://a.example/', 'https://b.example/']),
      hops: [
        hop('https://a.example/', 302, 'https://b.example/', { ms: 400 }),
        hop('https://b.example/', 200, null, { ms: 3600 }),
      ],
      ms: 4000,
    },
    messageId: 'slow-response',
    data: { ms: 4000, thresholdMs: 3000, slowestHop: 1, slowestMs: 3600 },
    message: 'Slow response: the chain took 4000 ms (threshold 3000 ms); the slowest hop took 3600 ms',
  },
  {
    rule: 'spf-missing',
    subject: 'sender',
    fact: senderFacts({ spf: { ...senderFacts().spf, records: [], record: null, all: null } }),
    messageId: 'spf-missing',
    data: { domain: 'example.com' },
    message:
      'example.com publishes no SPF record (no TXT record starting with v=spf1): receivers cannot tell which servers may send its mail, and Gmail and Yahoo reject bulk mail without SPF or DKIM.',
  },
  {
    rule: 'spf-multiple-records',
    subject: 'sender',
    fact: senderFacts({
      spf: {
        ...senderFacts().spf,
        records: ['v=spf1 include:a.example -all', 'v=spf1 include:b.example ~all'],
      },
    }),
    messageId: 'spf-multiple-records',
    data: {
      domain: 'example.com',
      records: ['v=spf1 include:a.example -all', 'v=spf1 include:b.example ~all'],
    },
    message:
      'example.com publishes 2 SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all its mail. Merge them into one v=spf1 record.',
  },
  {
    rule: 'spf-permissive-all',
    subject: 'sender',
    fact: senderFacts({
      spf: { ...senderFacts().spf, records: ['v=spf1 +all'], record: 'v=spf1 +all', all: '+' },
    }),
    messageId: 'spf-permissive-all',
    data: { domain: 'example.com', all: '+' },
    message:
      'The SPF record of example.com ends in +all: it allows every server on the internet to send as example.com. End it in -all (or ~all while testing).',
  },
  {
    rule: 'spf-permissive-all',
    subject: 'sender',
    fact: senderFacts({
      spf: { ...senderFacts().spf, records: ['v=spf1 mx'], record: 'v=spf1 mx', all: null },
    }),
    messageId: 'spf-permissive-all/no-all',
    data: { domain: 'example.com', record: 'v=spf1 mx' },
    message:
      'The SPF record of example.com has no all mechanism: mail from servers it does not list gets a neutral result, as with ?all. End it in -all (or ~all while testing).',
  },
  {
    rule: 'spf-too-many-lookups',
    subject: 'sender',
    fact: senderFacts({ spf: { ...senderFacts().spf, lookups: 13 } }),
    messageId: 'spf-too-many-lookups',
    data: { domain: 'example.com', lookups: 13, limit: 10 },
    message:
      'The SPF record of example.com needs 13 DNS look-ups across its include/redirect tree; receivers stop at 10 (RFC 7208 §4.6.4) and SPF fails with a permanent error. Flatten or drop includes.',
  },
  {
    rule: 'spf-too-many-lookups',
    subject: 'sender',
    fact: senderFacts({ spf: { ...senderFacts().spf, voidLookups: 3 } }),
    messageId: 'spf-too-many-lookups/void-lookups',
    data: { domain: 'example.com', voidLookups: 3, limit: 2 },
    message:
      'The SPF record of example.com has 3 void look-ups (names with no record); more than 2 is a permanent error (RFC 7208 §4.6.4). Remove includes of names that no longer exist.',
  },
  {
    rule: 'spf-too-many-lookups',
    subject: 'sender',
    fact: senderFacts({
      spf: { ...senderFacts().spf, loops: ['example.com → _spf.example.com → example.com'] },
    }),
    messageId: 'spf-too-many-lookups/loop',
    data: { domain: 'example.com', loop: 'example.com → _spf.example.com → example.com' },
    message:
      'The SPF record of example.com includes itself (example.com → _spf.example.com → example.com); evaluation never ends within the limit.',
  },
  {
    rule: 'tls-expiring',
    subject: 'tracking-domain',
    fact: trackingFacts({ tls: expiringTls }),
    messageId: 'tls-expiring',
    data: { host: 'click.example.com', daysToExpiry: 3, validTo: '2026-12-04T00:00:00.000Z' },
    message:
      'The certificate of https://click.example.com expires in 3 days (2026-12-04); links on it break when it does.',
  },
  {
    rule: 'tls-expiring',
    subject: 'link',
    fact: {
      ...chainFacts(['https://a.example/']),
      hops: [hop('https://a.example/', 200, null, { tls: tlsFacts({ daysToExpiry: 0, validTo: null }) })],
    },
    messageId: 'tls-expiring/hop',
    data: { hop: 0, url: 'https://a.example/', daysToExpiry: 0, validTo: null },
    message: 'Hop 1 (https://a.example/): the certificate expires today.',
  },
  {
    rule: 'tls-invalid',
    subject: 'tracking-domain',
    fact: trackingFacts({ tls: wrongCertificate }),
    messageId: 'tls-invalid',
    data: { host: 'click.example.com', error: 'hostname-mismatch', names: ['*.sendgrid.net'] },
    message:
      "https://click.example.com: the certificate covers *.sendgrid.net, not click.example.com: a branded tracking domain serving the platform's own (wildcard) certificate; Chrome shows ERR_CERT_COMMON_NAME_INVALID.",
  },
  {
    rule: 'tls-invalid',
    subject: 'link',
    fact: {
      ...chainFacts(['https://a.example/']),
      hops: [
        hop('https://a.example/', 200, null, {
          tls: tlsFacts({
            trusted: false,
            error: 'expired',
            validTo: '2026-11-01T00:00:00.000Z',
            daysToExpiry: -30,
          }),
        }),
      ],
    },
    messageId: 'tls-invalid/hop',
    data: { hop: 0, url: 'https://a.example/', host: 'a.example', error: 'expired' },
    message:
      'Hop 1 (https://a.example/): the certificate expired on 2026-11-01; browsers show a warning instead of the page.',
  },
  {
    rule: 'too-many-redirects',
    subject: 'link',
    fact: chainFacts(chainOf(3), null, { error: { code: 'too-many-redirects', message: 'more than 10' } }),
    messageId: 'too-many-redirects',
    data: { redirects: 2, limit: 10 },
    message: 'Too many redirects: the chain did not end within 10 redirects; browsers give up at about 20',
  },
  {
    rule: 'tracking-cname-mismatch',
    subject: 'tracking-domain',
    fact: trackingFacts({ cname: ['u1.wl.other-esp.net'], expect: 'sendgrid.net' }),
    messageId: 'tracking-cname-mismatch',
    data: { host: 'click.example.com', cname: ['u1.wl.other-esp.net'], expected: 'sendgrid.net' },
    message:
      'click.example.com points at u1.wl.other-esp.net, not at sendgrid.net: the platform will not serve its tracked links.',
  },
  {
    rule: 'tracking-cname-missing',
    subject: 'tracking-domain',
    fact: trackingFacts({ cname: [], addresses: [], esp: null }),
    messageId: 'tracking-cname-missing',
    data: { host: 'click.example.com' },
    message:
      'click.example.com has no CNAME and no A/AAAA record: every tracked link on it fails to open. Add the CNAME your email platform gives for the branded tracking domain.',
  },
  {
    rule: 'free-mail-sender',
    subject: 'sender',
    fact: senderFacts({ domain: 'gmail.com', freeMail: true }),
    messageId: 'free-mail-sender',
    data: { domain: 'gmail.com' },
    message:
      'gmail.com is a free mailbox provider: an email platform cannot sign for it or pass its DMARC policy, so bulk mail From gmail.com is rejected or lands in spam. Send from your own domain.',
  },
  {
    rule: 'utm-dropped',
    subject: 'link',
    fact: chainFacts([
      'https://a.example/?utm_source=news&utm_medium=email',
      'https://shop.example/?utm_medium=email',
    ]),
    messageId: 'utm-dropped',
    data: { lost: ['utm_source'], finalUrl: 'https://shop.example/?utm_medium=email' },
    message:
      'UTM parameters dropped by the redirects: utm_source is missing or changed at https://shop.example/?utm_medium=email',
  },
];
