import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';

const eml = (headers: Array<[string, string]> = []) => ({
  kind: 'eml' as const,
  headers: headers.map(([key, value]) => ({ key, value })),
});

const sg = (n: number): string => `https://click.shop.example.com/ls/click?upn=u001.abc${n}-2Bdef`;

describe('detectTrackingContext', () => {
  it('an HTML template with plain links is judged as a template, with no platform', () => {
    const r = reportOf(
      '<a href="https://shop.example.com/a">A</a> <a href="https://shop.example.com/b">B</a>',
    );
    expect(r.mode).toBe('template');
    expect(r.esp).toBeNull();
    expect(r.trackingDomains).toEqual([]);
    expect(r.links.map((l) => l.tracked)).toEqual([null, null]);
  });

  it('HTML whose links mostly go through a branded SendGrid host is judged as sent', () => {
    const r = reportOf(
      `<a href="${sg(1)}">A</a><a href="${sg(2)}">B</a><a href="https://shop.example.com/c">C</a><a href="mailto:a@shop.example.com">M</a>`,
    );
    expect(r.mode).toBe('sent');
    expect(r.esp).toBe('sendgrid');
    expect(r.trackingDomains).toEqual(['click.shop.example.com']);
    expect(r.links.map((l) => l.tracked)).toEqual([true, true, false, null]);
  });

  it('a minority of tracked links does not make an HTML file a sent email', () => {
    const r = reportOf(
      `<a href="${sg(1)}">A</a><a href="https://shop.example.com/b">B</a><a href="https://shop.example.com/c">C</a>`,
    );
    expect(r.mode).toBe('template');
    expect(r.trackingDomains).toEqual(['click.shop.example.com']);
  });

  it('an .eml is always sent; Klaviyo sending through SendGrid is reported as Klaviyo', () => {
    const r = reportOf(
      '<a href="https://trk.klclick.com/ls/click?upn=abc">A</a><a href="https://trk.klclick.com/ls/click?upn=def">B</a>',
      {},
      eml([['x-sg-eid', 'abc']]),
    );
    expect(r.mode).toBe('sent');
    expect(r.esp).toBe('klaviyo');
    expect(r.trackingDomains).toEqual(['trk.klclick.com']);
  });

  it('headers alone name the platform', () => {
    const r = reportOf('<a href="https://shop.example.com/">A</a>', {}, eml([['x-mailgun-sid', 'abc']]));
    expect(r.esp).toBe('mailgun');
    expect(r.trackingDomains).toEqual([]);
    expect(r.links[0]?.tracked).toBe(false);
  });

  it('named tracking domains imply sent mode and mark their subdomains tracked', () => {
    const r = reportOf(
      '<a href="https://t.click.shop.example.com/x">A</a><a href="https://shop.example.com/">B</a>',
      { trackingDomains: ['Click.Shop.Example.com.', 'https://click.shop.example.com:443/x'] },
    );
    expect(r.mode).toBe('sent');
    expect(r.trackingDomains).toEqual(['click.shop.example.com']);
    expect(r.links.map((l) => l.tracked)).toEqual([true, false]);
  });

  it('in an .eml, a branded host carrying most links in a generic platform shape is a tracking domain', () => {
    const token = (n: number): string => `https://email.shop.example.com/c/Qk7ZxVkE1uwzAIhE9T7yJhjH${n}`;
    const r = reportOf(
      `<a href="${token(1)}">A</a><a href="${token(2)}">B</a><a href="https://shop.example.com/terms">T</a>`,
      {},
      eml(),
    );
    expect(r.trackingDomains).toEqual(['email.shop.example.com']);
    expect(r.esp).toBe('mailgun');
    expect(r.links.map((l) => l.tracked)).toEqual([true, true, false]);
  });

  it('one link in a platform shape does not make the host of many other links a tracking domain', () => {
    const r = reportOf(
      [
        '<a href="https://shop.example.com/L0/https:%2F%2Fother.example.org%2F/1/x/y">A</a>',
        '<a href="https://shop.example.com/a">B</a>',
        '<a href="https://shop.example.com/b">C</a>',
      ].join(''),
      {},
      eml(),
    );
    expect(r.trackingDomains).toEqual([]);
  });

  it('the same generic shape in an HTML template proves nothing', () => {
    const r = reportOf('<a href="https://email.shop.example.com/c/Qk7ZxVkE1uwzAIhE9T7yJhjH1">A</a>');
    expect(r.mode).toBe('template');
    expect(r.trackingDomains).toEqual([]);
  });

  it('looks through security gateways: a Safe Links wrapper around a tracked link is tracked', () => {
    const wrapped = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(sg(1))}&data=x&reserved=0`;
    const plain = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://shop.example.com/')}&data=x`;
    const r = reportOf(`<a href="${wrapped}">A</a><a href="${plain}">B</a>`, {}, eml());
    expect(r.trackingDomains).toEqual(['click.shop.example.com']);
    expect(r.links.map((l) => l.tracked)).toEqual([true, false]);
  });

  it('a merge tag several platforms share names none of them', () => {
    expect(reportOf('<a href="{{{unsubscribe}}}">U</a>').esp).toBeNull();
    expect(reportOf('<a href="[[UNSUB_LINK_EN]]">U</a>').esp).toBe('mailjet');
  });

  it('looks through Mimecast, which gives only the destination host', () => {
    const m = (host: string): string => `https://protect-eu.mimecast.com/s/AbCdEf?domain=${host}`;
    const r = reportOf(
      `<a href="${m('click.shop.example.com')}">A</a><a href="${m('shop.example.com')}">B</a>`,
      {
        trackingDomains: ['click.shop.example.com'],
      },
    );
    expect(r.links.map((l) => l.tracked)).toEqual([true, false]);
  });

  it('Braze sending through SparkPost is reported as Braze', () => {
    const r = reportOf(
      '<a href="https://t.shop.example.com/f/a/AbCdEf~~/AAAAAQA~/RgRn">A</a><a href="https://t.shop.example.com/f/a/GhIjKl~~/AAAAAQA~/RgRn">B</a><a href="https://shop.example.com/?n={{${first_name}}}">C</a>',
      {},
      eml([['x-msys-api', '{"campaign_id":"x"}']]),
    );
    expect(r.esp).toBe('braze');
    expect(r.trackingDomains).toEqual(['t.shop.example.com']);
  });

  it('opt-out attributes and merge tags name the platform of a template', () => {
    const r = reportOf(
      '<a href="https://shop.example.com/" mc:disable-tracking>A</a><a href="*|UNSUB|*">U</a>',
    );
    expect(r.mode).toBe('template');
    expect(r.esp).toBe('mailchimp');
  });

  it('Mailchimp: list-manage click links are tracked; the unsubscribe and archive links are system links', () => {
    const r = reportOf(
      [
        '<a href="https://acme.us14.list-manage.com/track/click?u=3f2&id=a1&e=04">A</a>',
        '<a href="https://acme.us14.list-manage.com/track/click?u=3f2&id=b2&e=04">B</a>',
        '<a href="https://mailchi.mp/eb93/spring">Web</a>',
        '<a href="https://acme.us14.list-manage.com/unsubscribe?u=3f2&id=9b">Unsub</a>',
      ].join(''),
      {},
      eml([['x-mc-user', '3f2']]),
    );
    expect(r.esp).toBe('mailchimp');
    expect(r.trackingDomains).toEqual(['acme.us14.list-manage.com']);
    expect(r.links.map((l) => l.tracked)).toEqual([true, true, false, true]);
  });

  it('--mode overrides the detected mode', () => {
    const r = reportOf(`<a href="${sg(1)}">A</a>`, { mode: 'template' });
    expect(r.mode).toBe('template');
    expect(r.links[0]?.tracked).toBeNull();
  });
});

describe('a SendGrid email sent through a branded tracking domain (fixture)', () => {
  it('is judged sent, by SendGrid, through click.shop.example.com', async () => {
    const { readFileSync } = await import('node:fs');
    const { analyze } = await import('../analyze');
    const bytes = new Uint8Array(
      readFileSync(new URL('../input/fixtures/sendgrid-branded-qp.eml', import.meta.url)),
    );
    const result = await analyze(bytes, { name: 'sendgrid-branded-qp.eml' });
    if (!result.ok) throw new Error(result.error.message);
    const r = result.report;
    expect(r.mode).toBe('sent');
    expect(r.esp).toBe('sendgrid');
    expect(r.trackingDomains).toEqual(['click.shop.example.com']);
    expect(r.links.map((l) => [l.id, l.tracked])).toEqual([
      ['L1', true],
      ['L2', true],
      ['L3', false],
      ['L4', true],
    ]);
    const untracked = r.findings.filter((f) => f.rule === 'untracked-link');
    expect(untracked.map((f) => [f.link, f.line])).toEqual([['L3', 9]]);
    expect(r.findings.filter((f) => f.rule === 'open-pixel-missing')).toEqual([]);
  });
});
