import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { trackingFacts } from '../online-facts.test-helpers';

const ID = 'tracking-cname-mismatch';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports a chain that does not reach the expected target', () => {
    const found = of(
      judge('tracking-domain', trackingFacts({ cname: ['old-esp.example.net'], expect: 'sendgrid.net' })),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'click.example.com points at old-esp.example.net, not at sendgrid.net: the platform will not serve its tracked links.',
    );
  });

  it('reports a host with only addresses when a CNAME is expected', () => {
    const found = of(judge('tracking-domain', trackingFacts({ cname: [], expect: 'sendgrid.net' })));
    expect(found[0]?.message).toContain('has no CNAME');
  });

  it('is silent when the chain reaches the target (or a name under it), and without expect', () => {
    expect(of(judge('tracking-domain', trackingFacts({ expect: 'sendgrid.net' })))).toEqual([]);
    expect(
      of(judge('tracking-domain', trackingFacts({ cname: ['u1.wl.sendgrid.net'], expect: 'sendgrid.net' }))),
    ).toEqual([]);
    expect(of(judge('tracking-domain', trackingFacts({ cname: ['other.example'] })))).toEqual([]);
  });
});
