import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'blocked-target';

describe(ID, () => {
  it('reports a refused hop with the reason and where in the chain', () => {
    const fact = chainFacts(['https://a.example/', 'http://169.254.169.254/latest/meta-data/'], null, {
      error: { code: 'blocked-target', message: 'Refused: 169.254.169.254 is a cloud metadata address' },
    });
    expect(judge('link', fact).filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'error',
        message:
          'Blocked target (hop 2, http://169.254.169.254/latest/meta-data/): Refused: 169.254.169.254 is a cloud metadata address',
        hop: 1,
      },
    ]);
  });

  it('is silent when nothing was refused', () => {
    expect(judge('link', chainFacts(['https://a.example/'])).filter((f) => f.rule === ID)).toEqual([]);
  });
});
