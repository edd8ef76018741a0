import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts, hop } from '../link-check-facts.test-helpers';

const ID = 'redirect-loop';

describe(ID, () => {
  it('reports the hop that sends the browser back to a URL of the chain', () => {
    const fact = chainFacts(['https://a.example/1', 'https://a.example/2'], 302, {
      error: { code: 'redirect-loop', message: 'The chain comes back to https://a.example/1' },
    });
    fact.hops[1] = hop('https://a.example/2', 302, 'https://a.example/1');
    expect(judge('link', fact).filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'error',
        message: 'Redirect loop: hop 2 sends the browser back to https://a.example/1',
        hop: 1,
      },
    ]);
  });

  it('reports a page that redirects to itself', () => {
    const fact = chainFacts(['https://a.example/self'], 301);
    fact.hops[0] = hop('https://a.example/self', 301, 'https://a.example/self');
    expect(judge('link', fact).filter((f) => f.rule === ID)).toHaveLength(1);
  });

  it('is silent for a chain that moves on', () => {
    const fact = chainFacts(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    expect(judge('link', fact).filter((f) => f.rule === ID)).toEqual([]);
  });
});
