import { useId, useState, type FormEvent } from 'react';
import type { UtmSettings } from '../../../core/fix/utm-builder';
import type { StoredInput } from '../../lib/persist';
import type { UtmAnswer } from '../../worker/engine-api';
import type { Fixer } from './use-fixer';

const FIELD = 'w-full rounded-control border border-line bg-surface px-1 py-0.5  ';
const BUTTON =
  'rounded-control border border-line px-2 py-1 text-sm hover:bg-surface-2 disabled:opacity-50  ';

type ContentFrom = 'none' | 'text' | 'position' | 'value';

const REASONS: Record<UtmAnswer['plan']['skipped'][number]['reason'], string> = {
  'merge-tag': 'merge tags',
  'system-link': 'unsubscribe and other platform links',
  tracked: 'already wrapped by a click tracker',
  'other-domain': 'other domains',
  'not-web': 'not web links',
};

/**
 * utm_source / medium / campaign (and optionally utm_content) on the links to
 * the chosen domains. The preview lists what the email says now before
 * anything is replaced; merge tags and system links are left alone.
 */
export function UtmPanel({ fixer }: { fixer: Fixer }) {
  const contentId = useId();
  const [source, setSource] = useState('newsletter');
  const [medium, setMedium] = useState('email');
  const [campaign, setCampaign] = useState('');
  const [contentFrom, setContentFrom] = useState<ContentFrom>('none');
  const [contentValue, setContentValue] = useState('');
  const [domains, setDomains] = useState('');
  const [planned, setPlanned] = useState<{ answer: UtmAnswer; source: StoredInput } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const settings = (): UtmSettings => ({
    source: source.trim(),
    medium: medium.trim(),
    campaign: campaign.trim(),
    content:
      contentFrom === 'none'
        ? null
        : contentFrom === 'value'
          ? { from: 'value', value: contentValue.trim() }
          : { from: contentFrom },
    domains: domains
      .split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase())
      .filter((d) => d !== ''),
  });
  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPlanned(null);
    };

  const preview = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const s = settings();
    if (!s.source || !s.medium || !s.campaign) {
      setProblem('Source, medium and campaign are needed.');
      return;
    }
    fixer.planUtm(s).then(
      (p) => (p ? setPlanned(p) : setProblem('The email changed meanwhile; preview again.')),
      (err: unknown) => setProblem(`Could not plan: ${err instanceof Error ? err.message : String(err)}`),
    );
  };

  const plan = planned?.answer.plan;
  const skippedBy = new Map<string, number>();
  for (const s of plan?.skipped ?? []) skippedBy.set(s.reason, (skippedBy.get(s.reason) ?? 0) + 1);

  return (
    <section aria-label="UTM builder" className="space-y-2 rounded-control border border-line p-2 ">
      <h2 className="text-lg font-semibold">UTM builder</h2>
      <form className="grid gap-2 text-sm sm:grid-cols-2" onSubmit={preview}>
        <label>
          Source
          <input
            className={FIELD}
            value={source}
            onChange={(e) => edited(setSource)(e.target.value)}
            required
          />
        </label>
        <label>
          Medium
          <input
            className={FIELD}
            value={medium}
            onChange={(e) => edited(setMedium)(e.target.value)}
            required
          />
        </label>
        <label>
          Campaign
          <input
            className={FIELD}
            value={campaign}
            onChange={(e) => edited(setCampaign)(e.target.value)}
            required
          />
        </label>
        <div>
          <label htmlFor={contentId}>Content</label>
          <select
            id={contentId}
            className={FIELD}
            value={contentFrom}
            onChange={(e) => edited(setContentFrom)(e.target.value as ContentFrom)}
          >
            <option value="none">none</option>
            <option value="text">from the link text</option>
            <option value="position">from the position (link-1, link-2, …)</option>
            <option value="value">a fixed value</option>
          </select>
        </div>
        {contentFrom === 'value' ? (
          <label>
            Content value
            <input
              className={FIELD}
              value={contentValue}
              onChange={(e) => edited(setContentValue)(e.target.value)}
            />
          </label>
        ) : null}
        <label className="sm:col-span-2">
          Domains to tag (comma-separated; empty: the domain most links go to)
          <input
            className={FIELD}
            value={domains}
            placeholder={planned?.answer.domains.join(', ') ?? ''}
            onChange={(e) => edited(setDomains)(e.target.value)}
          />
        </label>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <button type="submit" className={BUTTON}>
            Preview UTM changes
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={!planned || !fixer.ready || planned.answer.plan.fixes.length === 0}
            onClick={() => {
              if (planned) fixer.applyUtm(planned);
              setPlanned(null);
            }}
          >
            Apply UTM parameters
          </button>
        </div>
      </form>
      {problem ? (
        <p role="alert" className="text-sm text-error-ink">
          {problem}
        </p>
      ) : null}
      {plan && planned ? (
        <div className="space-y-1 text-sm" data-testid="utm-plan">
          <p>
            {plan.fixes.length} link{plan.fixes.length === 1 ? '' : 's'} to{' '}
            {planned.answer.domains.length > 0 ? planned.answer.domains.join(', ') : 'any domain'} will
            change.
            {skippedBy.size > 0
              ? ` Left alone: ${[...skippedBy].map(([r, n]) => `${n} (${REASONS[r as keyof typeof REASONS]})`).join(', ')}.`
              : ''}
          </p>
          {plan.fixes.length > 0 ? (
            <details>
              <summary className="cursor-pointer">Links that change ({plan.fixes.length})</summary>
              <ul
                tabIndex={0}
                aria-label="Links that change"
                className="max-h-48 space-y-1 overflow-auto font-mono text-xs break-all"
              >
                {plan.fixes.slice(0, 200).map((f) => (
                  <li key={f.link}>
                    {f.link}: {f.before} → {f.after}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {Object.keys(plan.existing).length > 0 ? (
            <table className="text-left">
              <caption className="text-left font-semibold">
                Values in the email now (replaced on the tagged links)
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-2">
                    Parameter
                  </th>
                  <th scope="col">Values</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(plan.existing).map(([key, values]) => (
                  <tr key={key}>
                    <th scope="row" className="pr-2 font-mono font-normal">
                      {key}
                      {values.length > 1 ? ' (inconsistent)' : ''}
                    </th>
                    <td className="font-mono">{values.map((v) => `"${v.value}" ×${v.links}`).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>No utm_* parameters in the email yet.</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
