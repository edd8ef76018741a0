import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'broken-link';
const of = (fact: Parameters<typeof judge<'link'>>[1]) => judge('link', fact).filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports a chain that ends in 404 or 500, on the last hop', () => {
    expect(of(chainFacts(['https://a.example/x', 'https://b.example/gone'], 404))).toMatchObject([
      {
        rule: ID,
        severity: 'error',
        message: 'Broken link: the server answers HTTP 404 after 1 redirect(s), at https://b.example/gone',
        hop: 1,
      },
    ]);
    expect(of(chainFacts(['https://a.example/x'], 503))[0]?.message).toBe(
      'Broken link: the server answers HTTP 503',
    );
  });

  it('reports a host that does not exist', () => {
    const fact = chainFacts(['https://nope.example/'], null, {
      error: { code: 'dns-nxdomain', message: 'The host nope.example does not exist (no A or AAAA record)' },
    });
    expect(of(fact)[0]?.message).toContain('nope.example does not exist');
  });

  it('is silent for 2xx/3xx endings, bot walls and other failures', () => {
    expect(of(chainFacts(['https://a.example/x', 'https://a.example/y'], 200))).toEqual([]);
    expect(of(chainFacts(['https://www.linkedin.com/in/x'], 999))).toEqual([]);
    expect(of(chainFacts(['https://a.example/x'], 403))).toEqual([]);
    expect(
      of(chainFacts(['https://a.example/x'], null, { error: { code: 'timeout', message: 't' } })),
    ).toEqual([]);
  });
});
