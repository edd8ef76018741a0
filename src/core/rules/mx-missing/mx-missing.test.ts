import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'mx-missing';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports no MX record and a null MX', () => {
    expect(of(judge('sender', senderFacts({ mx: [] })))[0]?.message).toContain('has no MX record');
    expect(of(judge('sender', senderFacts({ mx: [{ exchange: '', priority: 0 }] })))[0]?.message).toContain(
      'null MX',
    );
  });

  it('is silent with MX records, and when the look-up failed', () => {
    expect(of(judge('sender', senderFacts()))).toEqual([]);
    expect(
      of(judge('sender', senderFacts({ mx: [], mxError: { code: 'dns-timeout', message: 't' } }))),
    ).toEqual([]);
  });
});
