import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { dkimFacts, senderFacts } from '../online-facts.test-helpers';

const ID = 'dkim-missing';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports each given selector without a key, and revoked keys', () => {
    const dkim = [
      dkimFacts({ selector: 's1', found: false, record: null, keyType: null, keyBits: null }),
      dkimFacts({ selector: 's2', revoked: true, keyBits: null }),
      dkimFacts({ selector: 's3' }),
    ];
    const found = of(judge('sender', senderFacts({ dkim })));
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('No DKIM key at s1._domainkey.example.com'),
      expect.stringContaining('s2._domainkey.example.com is revoked'),
    ]);
  });

  it('reports once when none of the common selectors has a key', () => {
    const dkim = ['google', 'k1'].map((selector) =>
      dkimFacts({ selector, source: 'common', found: false, record: null, keyType: null, keyBits: null }),
    );
    const found = of(judge('sender', senderFacts({ dkim })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('common selectors (google, k1)');
  });

  it('is silent when a key is found, and when the look-up failed', () => {
    expect(of(judge('sender', senderFacts()))).toEqual([]);
    const failed = dkimFacts({ found: false, error: { code: 'dns-servfail', message: 'x' } });
    expect(of(judge('sender', senderFacts({ dkim: [failed] })))).toEqual([]);
  });
});
