import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { trackingFacts } from '../online-facts.test-helpers';

const ID = 'tracking-cname-missing';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports a tracking domain with no CNAME and no address', () => {
    const found = of(judge('tracking-domain', trackingFacts({ cname: [], addresses: [], tls: null })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('click.example.com has no CNAME');
  });

  it('is silent with a CNAME, with only an A record, and when the look-up failed', () => {
    expect(of(judge('tracking-domain', trackingFacts()))).toEqual([]);
    expect(of(judge('tracking-domain', trackingFacts({ cname: [] })))).toEqual([]);
    const failed = trackingFacts({ cname: [], addresses: [], error: { code: 'dns-timeout', message: 't' } });
    expect(of(judge('tracking-domain', failed))).toEqual([]);
  });
});
