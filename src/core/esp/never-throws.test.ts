import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';
import { findPlatformByCname, findPlatformByHost, shapesOf } from './catalogue';
import { decodeDestination, unwrapDestination } from './destinations';
import { systemLinkTextKind } from './system-link-text';
import { systemLinkKind } from './system-links';

/** Pieces of real wrapper and platform URLs, so generated strings reach the decoders' inner branches. */
const piece = fc.constantFrom(
  'https://',
  'http://',
  'nam12.safelinks.protection.outlook.com/?url=',
  'urldefense.com/v3/__',
  '__;',
  '!!',
  'urldefense.proofpoint.com/v2/url?u=',
  'linkprotect.cudasvc.com/url?a=',
  'secure-web.cisco.com/x/',
  'protect-eu.mimecast.com/s/x?domain=',
  'www.google.com/url?q=',
  'abc.r.us-east-1.awstrack.me/L0/',
  'mandrillapp.com/track/click/1/x?p=',
  'click.shop.example.com/ls/click?upn=',
  '%',
  '%3A%2F%2F',
  '*',
  '**A',
  '=',
  '&',
  '*|UNSUB|*',
  '{{',
  '}}',
  'unsubscribe',
  'eJ',
  '/c/',
);
const urlish = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((p) => p.join(''));

describe('the esp layer never throws', () => {
  it('on any string given as a URL, host, chain or text', () => {
    fc.assert(
      fc.property(urlish, (s) => {
        decodeDestination(s);
        unwrapDestination(s);
        systemLinkKind(s, { listUnsubscribe: [s, 'not a url'] });
        systemLinkTextKind(s);
        shapesOf(s);
        findPlatformByHost(s);
        findPlatformByCname([s, '']);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });

  it('through the whole analysis of links with any href and opt-out attribute', () => {
    fc.assert(
      fc.property(
        urlish,
        fc.constantFrom('', ' clicktracking="off"', ' class="mktNoTrack"', ' notrack'),
        (href, attr) => {
          const escaped = href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
          const r = reportOf(
            `<a href="${escaped}"${attr}>${escaped}</a><a href="https://x.example.com/">shop.example.com</a>`,
            {
              trackingDomains: ['click.shop.example.com'],
            },
          );
          expect(r.findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 20261126 },
    );
  });
});
