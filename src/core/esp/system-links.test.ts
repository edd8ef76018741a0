import { describe, expect, it } from 'vitest';
import { systemLinkTextKind } from './system-link-text';
import { systemLinkKind } from './system-links';

describe('systemLinkKind', () => {
  it.each([
    ['https://shop.example.com/unsubscribe?id=1', 'unsubscribe'],
    ['https://shop.example.com/email/unsub/123', 'unsubscribe'],
    ['https://shop.example.com/opt-out?e=x', 'unsubscribe'],
    ['https://shop.example.com/newsletter/optout', 'unsubscribe'],
    ['https://shop.example.com/x?action=opt%2Dout', 'unsubscribe'],
    ['https://u1.ct.sendgrid.net/asm/unsubscribe/?user_id=1', 'unsubscribe'],
    ['https://click.shop.example.com/asm/?user_id=1', 'preferences'],
    ['https://acme.us14.list-manage.com/unsubscribe?u=1&id=2', 'unsubscribe'],
    ['https://acme.us14.list-manage.com/profile?u=1&id=2', 'preferences'],
    ['https://mailchi.mp/abc123/spring-sale', 'web-version'],
    ['https://shop.example.com/manage-preferences?u=1', 'preferences'],
    ['https://shop.example.com/email/preferences', 'preferences'],
    ['https://shop.example.com/view-in-browser/123', 'web-version'],
    ['https://shop.example.com/webversion?id=1', 'web-version'],
    ['https://shop.example.com/unsubscribe/one-click?t=1', 'one-click-unsubscribe'],
    ['*|UNSUB|*', 'unsubscribe'],
    ['*|UPDATE_PROFILE|*', 'preferences'],
    ['*|ARCHIVE|*', 'web-version'],
    ['{{{unsubscribe}}}', 'unsubscribe'],
    ['<%asm_group_unsubscribe_raw_url%>', 'unsubscribe'],
    ['%%unsub_center_url%%', 'unsubscribe'],
    ['%%view_email_url%%', 'web-version'],
    ['[[UNSUB_LINK_EN]]', 'unsubscribe'],
    ['{$unsubscribe}', 'unsubscribe'],
    ['{{ unsubscribe_url }}', 'unsubscribe'],
    ['https://x.example.com/?u={{unsubscribe_link}}', 'unsubscribe'],
    // Report-abuse links are never to be requested either (a GET may file a complaint).
    ['https://www.survey.example.com/a/rptabuse/MS04NDkx', 'unsubscribe'],
    ['https://shop.example.com/report-abuse?id=1', 'unsubscribe'],
  ])('%s → %s', (url, kind) => {
    expect(systemLinkKind(url)).toBe(kind);
  });

  it('is null for ordinary links', () => {
    for (const url of [
      'https://shop.example.com/products/coat',
      'https://shop.example.com/?utm_source=newsletter',
      'https://click.shop.example.com/ls/click?upn=abc',
      'https://shop.example.com/profile/jane',
      '',
    ]) {
      expect(systemLinkKind(url), url).toBeNull();
    }
  });

  it('recognises the List-Unsubscribe URL, one-click when List-Unsubscribe-Post is set', () => {
    const list = ['https://lists.example.com/x/7f3a9'];
    expect(systemLinkKind('https://lists.example.com/x/7f3a9', { listUnsubscribe: list })).toBe(
      'list-unsubscribe',
    );
    expect(
      systemLinkKind('https://LISTS.example.com/x/7f3a9', {
        listUnsubscribe: list,
        listUnsubscribePost: true,
      }),
    ).toBe('one-click-unsubscribe');
    expect(systemLinkKind('https://lists.example.com/x/other', { listUnsubscribe: list })).toBeNull();
  });
});

describe('systemLinkTextKind', () => {
  it.each([
    ['Unsubscribe', 'unsubscribe'],
    ['Hier abmelden', 'unsubscribe'],
    ['Se désabonner', 'unsubscribe'],
    ['Opt-out', 'unsubscribe'],
    ['Manage your preferences', 'preferences'],
    ['Update profile', 'preferences'],
    ['View this email in your browser', 'web-version'],
    ['Web version', 'web-version'],
    ['Im Browser ansehen', 'web-version'],
  ])('%s → %s', (text, kind) => {
    expect(systemLinkTextKind(text)).toBe(kind);
  });

  it('is null for other texts and for long sentences', () => {
    expect(systemLinkTextKind('Winter coats')).toBeNull();
    expect(systemLinkTextKind('')).toBeNull();
    expect(
      systemLinkTextKind(
        'You can unsubscribe at any time, but then you will miss our best winter deals of the year',
      ),
    ).toBeNull();
  });
});
