import { describe, expect, it } from 'vitest';
import { parseDkimSignatures } from './dkim-signature';

describe('parseDkimSignatures', () => {
  it('reads d= and s= of each signature, folded or not, without repeats', () => {
    expect(
      parseDkimSignatures([
        'v=1; a=rsa-sha256; c=relaxed/relaxed; d=Shop.Example.com;\r\n\th=from:to; s=s1; bh=abc=; b=def',
        'v=1; a=rsa-sha256; d=sendgrid.info; s=smtpapi; b=x',
        'v=1; d=shop.example.com; s=s1; b=y',
      ]),
    ).toEqual([
      { domain: 'shop.example.com', selector: 's1' },
      { domain: 'sendgrid.info', selector: 'smtpapi' },
    ]);
  });

  it('skips signatures without d= or s=', () => {
    expect(parseDkimSignatures(['v=1; d=shop.example.com; b=x', 'v=1; s=k1', 'garbage'])).toEqual([]);
  });
});
