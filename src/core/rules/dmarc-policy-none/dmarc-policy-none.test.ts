import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'dmarc-policy-none';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports p=none, naming where the record was found', () => {
    const dmarc = { record: 'v=DMARC1; p=none', foundAt: 'example.com', policy: 'none', error: null };
    const found = of(judge('sender', senderFacts({ domain: 'news.example.com', dmarc })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('news.example.com (found at example.com) is p=none');
  });

  it('judges a subdomain by sp= when the record is inherited from the organisational domain', () => {
    const dmarc = {
      record: 'v=DMARC1; p=reject; sp=none',
      foundAt: 'example.com',
      policy: 'reject',
      subdomainPolicy: 'none',
      error: null,
    };
    expect(of(judge('sender', senderFacts({ domain: 'news.example.com', dmarc })))[0]?.message).toContain(
      'news.example.com (found at example.com) is sp=none',
    );
    expect(of(judge('sender', senderFacts({ domain: 'example.com', dmarc })))).toEqual([]);
    const strictSub = { ...dmarc, policy: 'none', subdomainPolicy: 'reject' };
    expect(of(judge('sender', senderFacts({ domain: 'news.example.com', dmarc: strictSub })))).toEqual([]);
  });

  it('is silent for quarantine and reject', () => {
    const dmarc = {
      record: 'v=DMARC1; p=quarantine',
      foundAt: 'example.com',
      policy: 'quarantine',
      error: null,
    };
    expect(of(judge('sender', senderFacts({ dmarc })))).toEqual([]);
    expect(of(judge('sender', senderFacts()))).toEqual([]);
  });
});
