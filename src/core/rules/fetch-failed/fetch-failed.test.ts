import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'fetch-failed';
const failed = (code: string, message: string) =>
  judge('link', chainFacts(['https://a.example/'], null, { error: { code, message } })).filter(
    (f) => f.rule === ID,
  );

describe(ID, () => {
  it.each([
    ['timeout', 'timed out'],
    ['connection-reset', 'the connection was reset'],
    ['tls-handshake', 'the TLS handshake failed'],
    ['malformed-response', 'the response was malformed'],
    ['deadline', 'did not finish before the chain deadline'],
    ['dns-servfail', 'the DNS look-up failed'],
  ])('says which failure: %s', (code, what) => {
    expect(failed(code, 'details')).toMatchObject([
      { rule: ID, severity: 'error', message: `Fetch failed: ${what} (details)`, hop: 0 },
    ]);
  });

  it('leaves refusals, skips, missing hosts, loops and runaway chains to their own rules', () => {
    for (const code of [
      'blocked-target',
      'not-requested',
      'dns-nxdomain',
      'redirect-loop',
      'too-many-redirects',
    ]) {
      expect(failed(code, 'x')).toEqual([]);
    }
  });
});
