import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'too-many-redirects';
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://a.example/${i}`);

describe(ID, () => {
  it('reports a chain the service stopped following', () => {
    const fact = chainFacts(urls(11), 302, {
      error: { code: 'too-many-redirects', message: 'More than 10' },
    });
    expect(judge('link', fact).filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'error',
        message:
          'Too many redirects: the chain did not end within 10 redirects; browsers give up at about 20',
      },
    ]);
  });

  it('honours the configured limit', () => {
    expect(judge('link', chainFacts(urls(4)), { maxRedirects: 2 }).filter((f) => f.rule === ID)).toHaveLength(
      1,
    );
    expect(judge('link', chainFacts(urls(4))).filter((f) => f.rule === ID)).toEqual([]);
  });
});
