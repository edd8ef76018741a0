import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodePrivacyEngines } from '../../../cli/privacy-data';
import type { PrivacyEngines } from '../../privacy/privacy-engines';
import { findingsOf } from '../rule-kit.test-helpers';
import { rule } from './tracker-blocked';

const ID = 'tracker-blocked';
let privacy: PrivacyEngines;
beforeAll(async () => {
  privacy = await loadNodePrivacyEngines();
});

const eml = { kind: 'eml' as const, headers: [] };
const a = (href: string) => `<p><a href="${href.replace(/&/g, '&amp;')}">Shop</a></p>`;
const pixel = (src: string) => `<img src="${src.replace(/&/g, '&amp;')}" width="1" height="1" alt="">`;

describe(ID, () => {
  it('Mailchimp: click links on list-manage.com/track/ are one warning naming the tracker and filter; the pixel is an info', () => {
    const html =
      a('https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e') +
      a('https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&id=9a8b7c6d5e&e=5a4b3c2d1e') +
      pixel('https://shop.us5.list-manage.com/track/open.php?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e');
    const found = findingsOf(ID, html, { privacy }, eml);
    expect(found.map((f) => [f.messageId, f.severity, f.link, f.relatedLinks ?? []])).toEqual([
      [ID, 'warning', 'L1', ['L2']],
      ['tracker-blocked/open-pixel', 'info', null, []],
    ]);
    expect(found[0]?.message).toContain('"MailChimp Tracking"');
    expect(found[0]?.message).toContain('(filter ||list-manage^.*\\.com\\/track\\/)');
    expect(found[0]?.data).toMatchObject({ tracker: 'MailChimp Tracking', requestType: 'main_frame' });
    expect(found[1]?.data).toMatchObject({ tracker: 'MailChimp Tracking', requestType: 'image' });
    expect(found[1]?.title).toBe('Ad blockers stop the open pixel');
  });

  it('a pixel and a link on the same host get different answers: only the third-party image is blocked', () => {
    const html =
      a('https://track.hubspot.com/e1t/c/5/f18dQhb0S7lC8dDMPbW2n0x6l2B9nMJW7t5XZs?si=1') +
      pixel('https://track.hubspot.com/e1t/o/5/f18dQhb0S7lC8dDMPbW2n0x6l2B9nMJW7t5XZs.gif');
    const found = findingsOf(ID, html, { privacy }, eml);
    expect(found.map((f) => [f.messageId, f.data?.['filter']])).toEqual([
      ['tracker-blocked/open-pixel', '||track.hubspot.com^$3p'],
    ]);
  });

  it('is silent for a branded tracking domain, and without the tracker data', () => {
    const html =
      a('https://click.shop.example/ls/click?upn=u001.abc') +
      pixel('https://click.shop.example/wf/open?upn=x');
    expect(findingsOf(ID, html, { privacy }, eml)).toEqual([]);
    const mailchimp = a('https://shop.us5.list-manage.com/track/click?u=a1&id=b2');
    expect(findingsOf(ID, mailchimp, {}, eml)).toEqual([]);
  });

  it("a user's severity wins over the pixel's info", () => {
    const html = pixel('https://shop.us5.list-manage.com/track/open.php?u=a1&id=b2');
    expect(findingsOf(ID, html, { privacy, rules: { [ID]: 'error' } }, eml).map((f) => f.severity)).toEqual([
      'error',
    ]);
  });

  it('words both messages from the data alone: the tracker, its owner, the filter, the links and the pixel URL', () => {
    const html =
      a('https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e') +
      a('https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&id=9a8b7c6d5e&e=5a4b3c2d1e') +
      pixel('https://shop.us5.list-manage.com/track/open.php?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e');
    const [link, open] = findingsOf(ID, html, { privacy }, eml);
    expect(link?.data).toMatchObject({ organization: 'MailChimp', links: 2 });
    expect(link?.message).toContain('"MailChimp Tracking" (MailChimp)');
    expect(link?.message).toContain('(2 links).');
    expect(open?.message).toContain(
      'The open pixel https://shop.us5.list-manage.com/track/open.php?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e matches',
    );
    for (const f of [link, open])
      expect(f?.message).toBe(rule.messages?.[f?.messageId ?? '']?.text(f?.data ?? {}));
  });
});
