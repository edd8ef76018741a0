import type { LinkCheckFacts, OnlineFinding, SenderFacts, TrackingDomainFacts } from '../facts';
import type { OnlineJudgeOptions, OnlineRule } from '../rules/define-rule';
import { rules } from '../rules';
import type { SeveritySetting } from '../types';

export const DEFAULT_ONLINE_OPTIONS: OnlineJudgeOptions = { maxRedirects: 10, slowMs: 3000 };

export interface JudgeOptions extends Partial<OnlineJudgeOptions> {
  rules?: Record<string, SeveritySetting>;
}

type Subject = OnlineRule['subject'];
type FactOf<S extends Subject> = S extends 'link'
  ? LinkCheckFacts
  : S extends 'sender'
    ? SenderFacts
    : TrackingDomainFacts;

/**
 * Runs the online rules of one subject over one fact. The look-up service
 * calls this for its responses, and analyze() for facts handed back to it,
 * so the browser, the CLI and the service judge alike.
 */
export function judge<S extends Subject>(
  subject: S,
  fact: FactOf<S>,
  options: JudgeOptions = {},
): OnlineFinding[] {
  const opts: OnlineJudgeOptions = {
    maxRedirects: options.maxRedirects ?? DEFAULT_ONLINE_OPTIONS.maxRedirects,
    slowMs: options.slowMs ?? DEFAULT_ONLINE_OPTIONS.slowMs,
  };
  const out: OnlineFinding[] = [];
  for (const rule of rules) {
    if (rule.kind !== 'online' || rule.subject !== subject) continue;
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    // The union of judge signatures narrows by subject; the cast is what TypeScript cannot see.
    const verdicts = (rule.judge as (f: FactOf<S>, o: OnlineJudgeOptions) => ReturnType<OnlineRule['judge']>)(
      fact,
      opts,
    );
    for (const v of verdicts) {
      out.push({
        rule: rule.id,
        severity: setting,
        message: v.message,
        ...(v.hop !== undefined ? { hop: v.hop } : {}),
      });
    }
  }
  return out;
}
