import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { dkimFacts, senderFacts } from '../online-facts.test-helpers';

const ID = 'dkim-weak-key';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('warns under 1024 bits and informs at 1024', () => {
    const dkim = [
      dkimFacts({ selector: 'old', keyBits: 512 }),
      dkimFacts({ selector: 'mid', keyBits: 1024 }),
    ];
    const found = of(judge('sender', senderFacts({ dkim })));
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('RSA 512 bits') }),
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('RSA 1024 bits') }),
    ]);
  });

  it('is silent from 2048 bits, for Ed25519 keys, and keys not found', () => {
    const dkim = [
      dkimFacts({ keyBits: 2048 }),
      dkimFacts({ keyType: 'ed25519', keyBits: 256 }),
      dkimFacts({ found: false, keyBits: null }),
    ];
    expect(of(judge('sender', senderFacts({ dkim })))).toEqual([]);
  });

  it('lets the user setting override the per-verdict severity', () => {
    const found = judge('sender', senderFacts({ dkim: [dkimFacts({ keyBits: 1024 })] }), {
      rules: { [ID]: 'error' },
    });
    expect(of(found)[0]?.severity).toBe('error');
  });
});
