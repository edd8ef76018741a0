import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodePrivacyEngines } from '../../../cli/privacy-data';
import type { PrivacyEngines } from '../../privacy/privacy-engines';
import { findingsOf } from '../rule-kit.test-helpers';
import { rule } from './param-stripped';

const ID = 'param-stripped';
let privacy: PrivacyEngines;
beforeAll(async () => {
  privacy = await loadNodePrivacyEngines();
});

const a = (href: string, text = 'Shop') => `<p><a href="${href.replace(/&/g, '&amp;')}">${text}</a></p>`;

describe(ID, () => {
  it('HubSpot: names _hsenc (Apple and Proton) and _hsmi (Proton), and says UTMs pass Apple Mail', () => {
    const found = findingsOf(
      ID,
      a(
        'https://www.shop.example/spring?utm_source=hs_email&utm_medium=email&_hsenc=p2ANqtz-9xYz&_hsmi=287654321',
      ),
      { privacy },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', link: 'L1', messageId: ID, effect: 'campaign-data' });
    const message = found[0]?.message ?? '';
    expect(message).toContain(
      '_hsenc (HubSpot): removed by Apple Mail, Messages and Safari Private Browsing and Proton Mail — reported; Apple publishes no list',
    );
    expect(message).toContain('utm_source, utm_medium, _hsmi: removed by Proton Mail');
    expect(message).toContain('utm_source, utm_medium reached the site from Apple Mail in published tests.');
    expect(found[0]?.data?.['appleSources']).toContain(
      'https://wordtothewise.com/2023/06/ios17-filtering-click-tracking-links',
    );
  });

  it('Drip __s, Marketo mkt_tok, Google gclid and Facebook fbclid each get their own finding', () => {
    const html = [
      a('https://shop.example/boots?__s=x7k2m9q4w1'),
      a('https://www.shop.example/webinar.html?mkt_tok=MTIzLUFCQy00NTYAAAGPz3kLwQ'),
      a('https://shop.example/?gclid=Cj0KCQiA_example_BwE'),
      a('https://shop.example/?fbclid=IwAR2_example_Zx9'),
    ].join('');
    const found = findingsOf(ID, html, { privacy });
    expect(found.map((f) => [f.link, f.data?.['parameters']])).toEqual([
      ['L1', [{ name: '__s', by: ['apple', 'proton'], owner: 'Drip', appleStatus: 'reported' }]],
      ['L2', [{ name: 'mkt_tok', by: ['apple', 'proton'], owner: 'Marketo', appleStatus: 'reported' }]],
      ['L3', [{ name: 'gclid', by: ['apple', 'proton'], owner: 'Google Ads', appleStatus: 'observed' }]],
      [
        'L4',
        [{ name: 'fbclid', by: ['apple', 'proton'], owner: 'Facebook / Meta', appleStatus: 'observed' }],
      ],
    ]);
    expect(found[2]?.message).toContain('— observed; Apple publishes no list');
  });

  it('one finding per cause: links with the same parameters are one finding that covers the others', () => {
    const html = [1, 2, 3]
      .map((n) => a(`https://shop.example/p${n}?utm_source=news&utm_medium=email`))
      .join('');
    const found = findingsOf(ID, html, { privacy });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      link: 'L1',
      relatedLinks: ['L2', 'L3'],
      messageId: 'param-stripped/campaign',
      title: 'Proton Mail readers lose your UTM data',
    });
    expect(found[0]?.message).toContain('3 links carry them.');
  });

  it('Mailchimp: the click-tracking URL loses nothing; mc_eid on a landing link goes', () => {
    const html =
      a('https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&id=0f9e8d7c6b&e=5a4b3c2d1e') +
      a('https://shop.example/?mc_cid=8a1b2c3d4e&mc_eid=f5e6d7c8b9');
    const found = findingsOf(ID, html, { privacy });
    expect(found.map((f) => f.link)).toEqual(['L2']);
    expect(found[0]?.message).toContain('mc_eid (Mailchimp): removed by Apple Mail');
  });

  it('in a template, says that a platform redirect would hide the parameters', () => {
    const [found] = findingsOf(ID, a('https://shop.example/?gclid=Cj0'), { privacy, mode: 'template' });
    expect(found?.message).toContain('the mail client sees only the redirect');
    const [sent] = findingsOf(ID, a('https://shop.example/?gclid=Cj0'), { privacy, mode: 'sent' });
    expect(sent?.message).not.toContain('redirect');
  });

  it('names the redirect Proton Mail skips', () => {
    const [found] = findingsOf(ID, a('https://www.google.com/url?url=https://shop.example/boots&sa=D'), {
      privacy,
    });
    expect(found).toMatchObject({ messageId: 'param-stripped/redirect-skipped' });
    expect(found?.message).toContain('Proton Mail opens shop.example directly');
  });

  it('redirects Proton Mail skips to different sites are one finding each, though they remove the same', () => {
    const html = [
      a('https://www.google.com/url?url=https://shop.example/boots&sa=D'),
      a('https://www.google.com/url?url=https://other.example/hats&sa=D'),
      a('https://www.google.com/url?url=https://shop.example/coats&sa=D'),
    ].join('');
    const found = findingsOf(ID, html, { privacy });
    expect(found.map((f) => [f.link, f.relatedLinks, f.data?.['protonSkipsTo']])).toEqual([
      ['L1', ['L3'], 'shop.example'],
      ['L2', undefined, 'other.example'],
    ]);
  });

  it('without the package data, still names what Apple removes; silent for plain links and when off', () => {
    const [found] = findingsOf(ID, a('https://shop.example/?fbclid=IwAR2&utm_source=news'));
    expect(found?.data?.['parameters']).toEqual([
      { name: 'fbclid', by: ['apple'], owner: 'Facebook / Meta', appleStatus: 'observed' },
    ]);
    expect(findingsOf(ID, a('https://shop.example/?page=2'), { privacy })).toEqual([]);
    expect(findingsOf(ID, a('https://shop.example/?gclid=x'), { privacy, rules: { [ID]: 'off' } })).toEqual(
      [],
    );
  });

  it('words the message from the data alone, and says so for a template', () => {
    const html = [1, 2].map((n) => a(`https://shop.example/p${n}?utm_source=news&utm_medium=email`)).join('');
    const [f] = findingsOf(ID, html, { privacy });
    expect(f?.messageId).toBe(`${ID}/campaign`);
    expect(f?.data).toMatchObject({
      links: 2,
      keptByApple: ['utm_source', 'utm_medium'],
      protonSkipsTo: null,
    });
    expect(f?.message).toContain(' 2 links carry them.');
    expect(f?.message).toBe(rule.messages?.[f?.messageId ?? '']?.text(f?.data ?? {}));
    expect(f?.data?.['template']).toBe(true);
    expect(f?.message).toContain('the mail client sees only the redirect');
  });
});
