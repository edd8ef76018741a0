import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'spf-permissive-all';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  const spf = (all: string | null) => ({
    records: ['v=spf1 x'],
    record: 'v=spf1 x',
    lookups: 0,
    voidLookups: 0,
    all,
    error: null,
  });

  it('reports +all and ?all', () => {
    expect(of(judge('sender', senderFacts({ spf: spf('+') })))[0]?.message).toContain('ends in +all');
    expect(of(judge('sender', senderFacts({ spf: spf('?') })))[0]?.message).toContain('ends in ?all');
  });

  it('reports a record without any all (neutral by default), unless part of the tree could not be read', () => {
    expect(of(judge('sender', senderFacts({ spf: spf(null) })))[0]?.message).toContain(
      'has no all mechanism',
    );
    const partial = { ...spf(null), nestedErrors: [{ code: 'dns-timeout', message: 't' }] };
    expect(of(judge('sender', senderFacts({ spf: partial })))).toEqual([]);
  });

  it('is silent for -all and ~all', () => {
    for (const q of ['-', '~']) expect(of(judge('sender', senderFacts({ spf: spf(q) })))).toEqual([]);
  });
});
