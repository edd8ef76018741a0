import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'free-mail-sender';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports a free-mail From domain', () => {
    const found = of(judge('sender', senderFacts({ domain: 'gmail.com', freeMail: true })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('gmail.com is a free mailbox provider');
  });

  it('is silent for an own domain', () => {
    expect(of(judge('sender', senderFacts()))).toEqual([]);
  });
});
