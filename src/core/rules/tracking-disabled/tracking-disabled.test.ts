import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'tracking-disabled';

describe(ID, () => {
  it('reports SendGrid clicktracking=off at the attribute, naming SendGrid', () => {
    const html = '<p><a clicktracking="off" href="https://shop.example.com/">Shop</a></p>';
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 1, column: 7 });
    expect(found[0]?.message).toContain('clicktracking="off" turns click tracking off');
    expect(found[0]?.message).toContain('in SendGrid');
  });

  it('names every platform that honours the attribute', () => {
    const html = '<a href="https://shop.example.com/"\n   mc:disable-tracking>Shop</a>';
    const found = findingsOf(ID, html);
    expect(found[0]).toMatchObject({ line: 2, column: 4 });
    expect(found[0]?.message).toContain('in Mailchimp and Mailchimp Transactional (Mandrill)');
  });

  it.each([
    ['data-pm-no-track', 'Postmark'],
    ['ses:no-track', 'Amazon SES'],
    ['disable-tracking="true"', 'Mailgun'],
    ['data-mautic-disable-tracking', 'Mautic'],
    ['data-msys-clicktrack="0"', 'SparkPost'],
    ['cm_dontconvertlink', 'Campaign Monitor'],
    ['class="btn mktNoTrack"', 'Marketo'],
    ['class="untracked"', 'Customer.io'],
  ])('%s → %s', (attribute, platform) => {
    const found = findingsOf(ID, `<a href="https://shop.example.com/" ${attribute}>Shop</a>`);
    expect(found).toHaveLength(1);
    expect(found[0]?.column).toBe(37);
    expect(found[0]?.message).toContain(platform);
  });

  it('reports notrack without naming an owner', () => {
    const found = findingsOf(ID, '<a notrack href="https://shop.example.com/">Shop</a>');
    expect(found[0]?.message).toContain(
      'notrack turns click tracking off for this link in the email platforms that honour it',
    );
  });

  it('is silent for links that keep tracking on', () => {
    const html = [
      '<a href="https://shop.example.com/">A</a>',
      '<a clicktracking="on" href="https://shop.example.com/b">B</a>',
      '<a data-msys-clicktrack="1" href="https://shop.example.com/c">C</a>',
      '<a class="button tracked" href="https://shop.example.com/d">D</a>',
    ].join('');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('reports the attribute, its value and the platform ids as data', () => {
    const [f] = findingsOf(ID, '<a clicktracking="off" href="https://shop.example.com/">Shop</a>');
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({ attribute: 'clicktracking', value: 'off', platforms: ['sendgrid'] });
  });
});
