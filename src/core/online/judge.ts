import type { LinkCheckFacts, OnlineFinding, SenderFacts, TrackingDomainFacts } from '../facts';
import type { OnlineJudgeOptions, OnlineRule, OnlineVerdict } from '../rules/define-rule';
import { rules } from '../rules';
import type { SeveritySetting } from '../types';

const DEFAULT_ONLINE_OPTIONS: OnlineJudgeOptions = { maxRedirects: 10, slowMs: 3000 };

export interface JudgeOptions extends Partial<OnlineJudgeOptions> {
  rules?: Record<string, SeveritySetting>;
}

interface Subjects {
  link: LinkCheckFacts;
  sender: SenderFacts;
  'tracking-domain': TrackingDomainFacts;
}

function judgeOf<S extends keyof Subjects>(
  rule: OnlineRule,
  subject: S,
): ((fact: Subjects[S], options: OnlineJudgeOptions) => OnlineVerdict[]) | undefined {
  const fn =
    subject === 'link' ? rule.judgeLink : subject === 'sender' ? rule.judgeSender : rule.judgeTrackingDomain;
  // Each judge takes its own subject's fact; the lookup above pairs them.
  return fn?.bind(rule) as ((fact: Subjects[S], options: OnlineJudgeOptions) => OnlineVerdict[]) | undefined;
}

/**
 * Runs the online rules over one fact. The look-up service calls this for its
 * responses, and analyze() for facts handed back to it, so the browser, the
 * CLI and the service judge alike.
 */
export function judge<S extends keyof Subjects>(
  subject: S,
  fact: Subjects[S],
  options: JudgeOptions = {},
): OnlineFinding[] {
  const opts: OnlineJudgeOptions = {
    maxRedirects: options.maxRedirects ?? DEFAULT_ONLINE_OPTIONS.maxRedirects,
    slowMs: options.slowMs ?? DEFAULT_ONLINE_OPTIONS.slowMs,
  };
  const out: OnlineFinding[] = [];
  for (const rule of rules) {
    if (rule.kind !== 'online') continue;
    const fn = judgeOf(rule, subject);
    if (!fn) continue;
    const userSetting = options.rules?.[rule.id];
    const setting = userSetting ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const v of fn(fact, opts)) {
      const spec = rule.messages[v.messageId];
      const plain = { ...spec?.wording, ...v.wording };
      out.push({
        rule: rule.id,
        messageId: v.messageId,
        severity: userSetting === undefined ? (v.severity ?? setting) : setting,
        effect: rule.effect,
        message: spec?.text(v.data) ?? rule.summary,
        title: plain.title ?? rule.title,
        impact: plain.impact ?? rule.impact,
        remedy: plain.remedy ?? rule.remedy,
        ...(v.hop !== undefined ? { hop: v.hop } : {}),
        data: v.data,
      });
    }
  }
  return out;
}
