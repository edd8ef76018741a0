import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { doNotRequest } from './do-not-request';

async function reportOf(data: string, name = 'x.html') {
  const result = await analyze(data, { name });
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

describe('doNotRequest', () => {
  it('lists tracked links whose text, alt or label names an unsubscribe, preferences or web-version link', async () => {
    const report = await reportOf(
      [
        '<a href="https://click.shop.example/ls/click?upn=a1">Unsubscribe</a>',
        '<a href="https://click.shop.example/ls/click?upn=a2"><img src="x.png" alt="Abmelden"></a>',
        '<a href="https://click.shop.example/ls/click?upn=a3" aria-label="Manage your preferences">⚙</a>',
        '<a href="https://click.shop.example/ls/click?upn=a4">View in browser</a>',
        '<a href="https://click.shop.example/ls/click?upn=a5">Shop the sale</a>',
        '<p><a href="https://click.shop.example/ls/click?upn=a6">You can unsubscribe from these emails at any time by following this link</a></p>',
        '<a href="mailto:unsubscribe@shop.example">Unsubscribe</a>',
      ].join('\n'),
    );
    expect(doNotRequest(report)).toEqual([
      'https://click.shop.example/ls/click?upn=a1',
      'https://click.shop.example/ls/click?upn=a2',
      'https://click.shop.example/ls/click?upn=a3',
      'https://click.shop.example/ls/click?upn=a4',
    ]);
  });

  it("lists the List-Unsubscribe header's web URLs and any body link to them, with its decoded destination", async () => {
    const target = 'https://shop.example/account/email?u=1';
    const wrapped = `https://www.google.com/url?q=${encodeURIComponent(target)}`;
    // The header writes the host in capitals: the same URL as the link's all the same.
    const eml = [
      'From: Shop <news@shop.example>',
      `List-Unsubscribe: <mailto:leave@shop.example>, <${wrapped.replace('www.google.com', 'WWW.Google.COM')}>`,
      'Content-Type: text/html; charset=utf-8',
      '',
      `<p><a href="${wrapped}">Your account</a> <a href="https://shop.example/">Home</a></p>`,
      '',
    ].join('\r\n');
    const report = await reportOf(eml, 'sent.eml');
    expect(report.links[0]?.destination?.url).toBe(target);
    expect(doNotRequest(report)).toEqual([wrapped, target]);
  });

  it('lists nothing for an email without system links', async () => {
    expect(doNotRequest(await reportOf('<a href="https://shop.example/">Home</a>'))).toEqual([]);
  });
});
