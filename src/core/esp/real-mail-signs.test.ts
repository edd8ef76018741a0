import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';
import { findMergeTags } from '../url/merge-tags';
import { mergeTagSignsOf } from './catalogue';

/** Made-up samples shaped like what real platforms write; no real message is copied. */
const a = (href: string, text = 'Read'): string => `<a href="${href.replace(/"/g, '&quot;')}">${text}</a>`;
const eml = (headers: Array<[string, string]> = []) => ({
  kind: 'eml' as const,
  headers: headers.map(([key, value]) => ({ key, value })),
});

describe('merge-tag dialects', () => {
  it.each([
    ['%%{unsubscribe_url}%%', 'ghost'],
    ['::unsubscribeUrl::', 'mailcoach'],
    ['::unsubscribeTag::newsletter::', 'mailcoach'],
    ['~~eloqua..type--emailfield..syntax--recipientid~~', 'eloqua'],
    ['$[LI:FIRSTNAME]$', 'zoho'],
  ])('%s is one %s tag', (href, dialect) => {
    expect(findMergeTags(href)).toEqual([{ dialect, text: href, start: 0, end: href.length }]);
  });

  it("finds listmonk's @TrackLink shorthand and Braze's {{${…}}} as whole tags", () => {
    expect(findMergeTags('https://shop.example.com/sale@TrackLink').map((t) => t.dialect)).toEqual([
      'listmonk',
    ]);
    expect(findMergeTags('{{${user_id}}}')).toEqual([
      { dialect: 'handlebars', text: '{{${user_id}}}', start: 0, end: 14 },
    ]);
  });

  it('does not take an IPv6 literal or a scheme for a Mailcoach placeholder', () => {
    expect(findMergeTags('https://[2001:db8::1]/')).toEqual([]);
    expect(findMergeTags('https://shop.example.com/a::b')).toEqual([]);
  });

  it('reads these hrefs as merge tags, not as broken or relative URLs', () => {
    for (const href of [
      '%%{unsubscribe_url}%%',
      '::unsubscribeUrl::',
      '$[LI:UNSUBSCRIBE]$',
      '{{${set_user_to_unsubscribed_url}}}',
    ]) {
      const r = reportOf(a(href, 'Unsubscribe'));
      expect(r.links[0]?.kind, href).toBe('merge-tag');
      expect(
        r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule),
        href,
      ).toEqual([]);
    }
  });

  it('keeps the address of a listmonk url@TrackLink link', () => {
    const r = reportOf(a('https://shop.example.com/sale@TrackLink'));
    expect(r.links[0]?.kind).toBe('web');
    expect(r.links[0]?.url).toBe('https://shop.example.com/sale');
  });
});

describe('platform from merge tags', () => {
  it.each([
    ['%%{unsubscribe_url}%%', 'ghost'],
    ['::unsubscribeUrl::', 'mailcoach'],
    ['{{ UnsubscribeURL }}', 'listmonk'],
    ['{{ TrackLink "https://shop.example.com/" }}', 'listmonk'],
    ['{{unsubscribeUrl}}', 'iterable'],
    ['{{ view_as_page_url }}', 'hubspot'],
    ['https://shop.example.com/?e=~~eloqua..type--emailfield..syntax--EmailAddress~~', 'eloqua'],
    ['$[LI:UNSUBSCRIBE]$', 'zoho-campaigns'],
  ])('%s names %s', (href, esp) => {
    expect(reportOf(a(href, 'Unsubscribe')).esp).toBe(esp);
  });

  it("a tag inside another dialect's tag is no sign of its own (Ghost is not Mautic)", () => {
    expect(mergeTagSignsOf('%%{unsubscribe_url}%%').map((s) => s.platform)).toEqual(['ghost']);
    expect(mergeTagSignsOf('{unsubscribe_url}').map((s) => s.platform)).toEqual(['mautic']);
  });

  it('a tag several platforms share names none of them', () => {
    expect(reportOf(a('{{{unsubscribe}}}', 'Unsubscribe')).esp).toBeNull();
  });
});

describe('platform from headers', () => {
  const plain = a('https://shop.example.com/a') + a('https://shop.example.com/b');
  it.each([
    [[['X-Mailer', 'WPMailSMTP/Mailer/smtp 4.0.2']], 'wp-mail-smtp'],
    [
      [
        ['X-MAILCOACH', '1'],
        ['X-Mailgun-Sid', 'abc'],
      ],
      'mailcoach',
    ],
    [
      [
        ['Feedback-ID', '1:2:3:iterable'],
        ['X-MSFBL', 'x'],
      ],
      'iterable',
    ],
    [
      [
        ['Feedback-ID', 'pod2_1_2_3:pod2_1:ibmsilverpop'],
        ['x-job', '16479349'],
      ],
      'acoustic',
    ],
    [
      [
        ['Feedback-Id', 's_1:shopify'],
        ['X-SG-EID', 'x'],
      ],
      'shopify',
    ],
    [[['Feedback-ID', '1:2:3.4.5:iConstituent']], 'iconstituent'],
    [[['Return-Path', '<bounce-1@bounce.public.govdelivery.com>']], 'govdelivery'],
    [[['Return-Path', '<wwwrun@list.emsmtp.com>']], 'emarsys'],
    [[['Message-Id', '<1.abc@d.kajabimail.net>']], 'kajabi'],
  ] as Array<[Array<[string, string]>, string]>)('%j names %s', (headers, esp) => {
    expect(reportOf(plain, {}, eml(headers)).esp).toBe(esp);
  });

  it('Marketing Cloud needs its job_batch x-job, not any x-job', () => {
    expect(reportOf(plain, {}, eml([['x-job', '12345_678']])).esp).toBe('salesforce-mc');
    expect(reportOf(plain, {}, eml([['x-job', '12345']])).esp).toBeNull();
  });
});

describe('tracking-domain inference in sent mail', () => {
  const token = (n: number): string => `aB3dE5fG7hJ9kL1mN${n}pQ${n}rS`;

  it('takes an unknown host that carries most links with per-link opaque tokens, and reports links that bypass it', () => {
    const html =
      [1, 2, 3, 4].map((n) => a(`https://links.news.example.com/s/c/${token(n)}`)).join('') +
      a('https://shop.example.com/direct', 'Shop');
    const r = reportOf(html, {}, eml());
    expect(r.trackingDomains).toEqual(['links.news.example.com']);
    expect(r.links.map((l) => l.tracked)).toEqual([true, true, true, true, false]);
    expect(r.findings.filter((f) => f.rule === 'untracked-link').map((f) => f.link)).toEqual(['L5']);
  });

  it('does not take a host whose links repeat one token (a calendar invite) or a template for sent mail', () => {
    const same = [1, 2, 3]
      .map((n) => a(`https://calendar.example.com/event?action=${n}&eid=${token(9)}`))
      .join('');
    expect(reportOf(same + a('https://meet.example.com/x'), {}, eml()).trackingDomains).toEqual([]);
    const html = [1, 2, 3].map((n) => a(`https://links.news.example.com/s/c/${token(n)}`)).join('');
    expect(reportOf(html).trackingDomains).toEqual([]);
  });

  it('takes a branded host seen only in a platform system path (SendGrid /asm/unsubscribe) as the tracking domain', () => {
    const html =
      a('https://shop.example.com/a') +
      a('https://shop.example.com/b') +
      a('https://url1234.shop.example.com/asm/unsubscribe/?user_id=1&data=abc', 'Unsubscribe');
    const r = reportOf(html, {}, eml());
    expect(r.trackingDomains).toContain('url1234.shop.example.com');
    expect(r.findings.filter((f) => f.rule === 'untracked-link').map((f) => f.link)).toEqual(['L1', 'L2']);
  });

  it("ignores a pasted link already wrapped by a security gateway when the message's other links are not", () => {
    const gated = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://links.iterable.com/a/click?_t=abc123')}&data=x&reserved=0`;
    const html =
      a(gated) +
      a('https://site.example.org/a') +
      a('https://site.example.org/b') +
      a('https://site.example.org/c');
    const r = reportOf(html, {}, eml());
    expect(r.trackingDomains).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'untracked-link')).toEqual([]);
  });
});
