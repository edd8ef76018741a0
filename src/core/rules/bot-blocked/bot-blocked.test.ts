import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts, hop } from '../link-check-facts.test-helpers';

const ID = 'bot-blocked';

describe(ID, () => {
  it('reports a 999 wall as unknown, not broken', () => {
    const found = judge('link', chainFacts(['https://www.linkedin.com/company/x'], 999));
    expect(found.filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'info',
        message:
          "Blocked as a bot (status 999) at https://www.linkedin.com/company/x: the link's real state is unknown, not broken",
        hop: 0,
      },
    ]);
    expect(found.filter((f) => f.rule === 'broken-link')).toEqual([]);
  });

  it('reports a challenge page named by its headers, and 403/429 to the checker', () => {
    const challenge = chainFacts(['https://a.example/'], 503);
    challenge.hops[0] = hop('https://a.example/', 503, null, { botWall: 'Cloudflare challenge' });
    expect(judge('link', challenge).filter((f) => f.rule === ID)[0]?.message).toContain(
      'Cloudflare challenge',
    );
    expect(judge('link', challenge).filter((f) => f.rule === 'broken-link')).toEqual([]);
    expect(judge('link', chainFacts(['https://a.example/'], 403)).filter((f) => f.rule === ID)).toHaveLength(
      1,
    );
  });

  it('is silent for ordinary answers', () => {
    expect(judge('link', chainFacts(['https://a.example/'], 404)).filter((f) => f.rule === ID)).toEqual([]);
  });
});
