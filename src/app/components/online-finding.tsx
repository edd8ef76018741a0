import type { OnlineFinding } from '../../core/facts';
import { SEVERITY_WORD } from '../lib/finding-words';
import { RuleDocButton } from './rule-doc';
import { TONE } from './ui';

/**
 * One finding of the look-up service (a domain's DNS or certificate, a link's
 * redirect chain) in the page's plain words, as the issues list shows its own:
 * what is wrong, what it does, what to do; the severity, the check's name and
 * the technical sentence (with the record or the count it is about) below.
 */
export function OnlineFindingItem({ finding: f, docs = true }: { finding: OnlineFinding; docs?: boolean }) {
  return (
    <li className={`rounded-control border p-1.5 text-sm [overflow-wrap:anywhere] ${TONE[f.severity]}`}>
      <p className="font-semibold">{f.title}</p>
      <p className="mt-0.5">{f.impact}</p>
      {f.remedy ? (
        <p className="mt-0.5">
          <span className="font-medium">What to do: </span>
          {f.remedy}
        </p>
      ) : null}
      <p className="mt-1 text-xs opacity-90">{f.message}</p>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-2xs">
        <span className="rounded-full border border-current px-1.5 font-medium">
          {SEVERITY_WORD[f.severity]}
        </span>
        <span className="font-mono">{f.rule}</span>
        {docs ? <RuleDocButton ruleId={f.rule} label="Why and how to fix" /> : null}
      </p>
    </li>
  );
}
