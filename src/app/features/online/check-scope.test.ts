import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../core/analyze';
import { checkTargets } from './check-scope';

const html = `
<a href="https://click.shop.example.com/ls/click?upn=abc">Tracked</a>
<a href="https://shop.example.com/gloves">Untracked</a>
<a href="mailto:help@shop.example.com">Mail</a>
<a href="/relative">Relative</a>
<a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example.com%2Fhats&amp;data=x">Wrapped</a>`;

describe('which links "Check links online" follows', () => {
  const report = analyzeHtml(html, { trackingDomains: ['click.shop.example.com'] });
  const urls = (scope: 'all' | 'untracked' | 'decoded') =>
    checkTargets(report.links, scope).map((t) => t.url);

  it('sends only web URLs, never mailto or relative links', () => {
    expect(urls('all')).toEqual([
      'https://click.shop.example.com/ls/click?upn=abc',
      'https://shop.example.com/gloves',
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example.com%2Fhats&data=x',
    ]);
  });

  it('leaves the tracked links out for "only untracked"', () => {
    expect(urls('untracked')).not.toContain('https://click.shop.example.com/ls/click?upn=abc');
    expect(urls('untracked')).toContain('https://shop.example.com/gloves');
  });

  it('follows the decoded destination instead of the wrapper for "only decoded destinations"', () => {
    expect(urls('decoded')).toContain('https://shop.example.com/hats');
    expect(urls('decoded')).not.toContain('https://click.shop.example.com/ls/click?upn=abc');
  });
});
