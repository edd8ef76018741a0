import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../facts';
import { rules } from '../rules';
import { judge } from './judge';
import { VERDICT_CASES, type VerdictCase } from './verdict-cases.test-helpers';

function judged(c: VerdictCase, options: Parameters<typeof judge>[2] = {}): OnlineFinding[] {
  const found =
    c.subject === 'link'
      ? judge('link', c.fact, options)
      : c.subject === 'sender'
        ? judge('sender', c.fact, options)
        : judge('tracking-domain', c.fact, options);
  return found.filter((f) => f.rule === c.rule);
}

const online = rules.filter((r) => r.kind === 'online');

describe('online verdicts by message ID', () => {
  it.each(VERDICT_CASES.map((c) => [c.messageId, c] as const))(
    '%s carries its data, and its sentence is made from that data',
    (messageId, c) => {
      const found = judged(c);
      expect(found.map((f) => f.messageId)).toEqual([messageId]);
      const [finding] = found;
      expect(finding?.data).toMatchObject(c.data);
      expect(finding?.message).toBe(c.message);
      // The data alone gives the sentence: a client can word it for its own audience.
      const spec = online.find((r) => r.id === c.rule)?.messages[messageId];
      expect(spec?.text(JSON.parse(JSON.stringify(finding?.data)) as Record<string, unknown>)).toBe(
        c.message,
      );
    },
  );

  it('every online rule declares its messages, and each message has a case', () => {
    const declared = online.flatMap((r) => Object.keys(r.messages));
    const undeclared = online.filter((r) => Object.keys(r.messages).length === 0).map((r) => r.id);
    expect(undeclared).toEqual([]);
    expect(new Set(VERDICT_CASES.map((c) => c.messageId))).toEqual(new Set(declared));
  });

  it("words a finding with its message's wording, a verdict's own wording first", () => {
    const propagation = VERDICT_CASES.find((c) => c.messageId === 'dns-propagation/tracking-domain');
    if (!propagation) throw new Error('no dns-propagation case');
    expect(judged(propagation)[0]?.title).toBe('Your click-tracking domain is not set up everywhere yet');
    const spf = VERDICT_CASES.find((c) => c.messageId === 'spf-missing');
    if (!spf) throw new Error('no spf-missing case');
    expect(judged(spf)[0]).toMatchObject({ title: 'Sending domain not authorised (SPF)', severity: 'error' });
  });

  it("keeps a variant's severity unless the user set the rule's, and drops a rule set off", () => {
    const weak = VERDICT_CASES.find((c) => c.messageId === 'dkim-weak-key/under-2048');
    if (!weak) throw new Error('no dkim-weak-key case');
    expect(judged(weak).map((f) => f.severity)).toEqual(['info']);
    expect(judged(weak, { rules: { 'dkim-weak-key': 'error' } }).map((f) => f.severity)).toEqual(['error']);
    expect(judged(weak, { rules: { 'dkim-weak-key': 'off' } })).toEqual([]);
  });
});
