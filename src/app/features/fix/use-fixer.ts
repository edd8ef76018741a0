import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Fix } from '../../../core/edit/fix';
import { applyEdits } from '../../../core/edit/text-edit';
import type { UtmSettings } from '../../../core/fix/utm-builder';
import type { Facts } from '../../../core/facts';
import type { Finding, Report } from '../../../core/types';
import type { StoredInput } from '../../lib/persist';
import type { UtmAnswer } from '../../worker/engine-api';
import { engine } from '../../worker/engine-client';
import { useFixHistory, type FixHistory } from './use-fix-history';

interface Shown {
  /** The analysis (in the worker) the report is of. */
  id: number;
  report: Report;
  /** The fixes of the offline report, computed with it. */
  fixes: Fix[];
  html: string;
}

export interface Fixer {
  /** The fixes offered for the report on screen (null while they are computed). */
  fixes: Fix[] | null;
  fixFor: (finding: Finding) => Fix | undefined;
  /** True when the report on screen is of the text in the box, so its offsets can be edited. */
  ready: boolean;
  busy: boolean;
  message: string | null;
  history: FixHistory;
  applyFix: (fix: Fix) => void;
  fixAllSafe: () => void;
  planUtm: (settings: UtmSettings) => Promise<{ answer: UtmAnswer; source: StoredInput } | null>;
  applyUtm: (planned: { answer: UtmAnswer; source: StoredInput }) => void;
}

const fixKey = (rule: string, link: string | null): string => `${rule}\u0000${link ?? ''}`;

/** The input after a fix: an HTML input keeps its name; an .eml becomes its fixed HTML part. */
function fixedInput(source: StoredInput, htmlBefore: string, htmlAfter: string): StoredInput {
  if (htmlBefore === source.text) return { ...source, text: htmlAfter };
  return { text: htmlAfter, name: `${source.name.replace(/\.(eml|txt|msg)$/i, '')}.html`, kind: 'html' };
}

/** Fix state of the page: the offered fixes, applying them (one, all safe, UTM) and their undo history. */
export function useFixer(args: {
  input: StoredInput;
  replace: (input: StoredInput) => void;
  /** The input the report on screen was made for is current and no analysis is running. */
  current: boolean;
  shown: Shown | undefined;
  /** Online facts judged into the shown report: fixes of online findings are asked of the worker. */
  facts: Facts | undefined;
  /** Changes when another email is loaded: the fix history and the last message belong to the previous one. */
  generation: number;
}): Fixer {
  const { input, replace, current, shown, facts, generation } = args;
  const history = useFixHistory(input, replace);
  const record = history.apply;
  const latest = useRef(input);
  latest.current = input;
  const [computed, setComputed] = useState<{ report: Report; fixes: Fix[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { reset } = history;
  const seen = useRef(generation);
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    reset();
    setMessage(null);
  }, [generation, reset]);

  useEffect(() => {
    if (!shown) return;
    if (!facts) {
      setComputed({ report: shown.report, fixes: shown.fixes });
      return;
    }
    let live = true;
    engine.fixes(shown.id, facts).then(
      (fixes) => live && setComputed({ report: shown.report, fixes }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [shown, facts]);

  const fixes = computed && shown && computed.report === shown.report ? computed.fixes : null;
  const byFinding = useMemo(() => new Map((fixes ?? []).map((f) => [fixKey(f.rule, f.link), f])), [fixes]);
  const fixFor = useCallback((f: Finding) => byFinding.get(fixKey(f.rule, f.link)), [byFinding]);
  const ready = current && shown !== undefined && fixes !== null && !busy;

  const applyFix = useCallback(
    (fix: Fix) => {
      if (!ready || !shown) return;
      const after = applyEdits(shown.html, fix.edits).text;
      record({
        label: `${fix.rule} on ${fix.link ?? 'the email'}`,
        before: input,
        after: fixedInput(input, shown.html, after),
        htmlBefore: shown.html,
        htmlAfter: after,
      });
      setMessage(`Fixed: ${fix.description}.`);
    },
    [ready, shown, input, record],
  );

  const fixAllSafe = useCallback(() => {
    if (!ready || !shown) return;
    const from = input;
    setBusy(true);
    setMessage('Fixing…');
    engine
      .fixAll(shown.id)
      .then((answer) => {
        if (latest.current !== from) {
          setMessage('The email changed while fixing; nothing was applied. Try again.');
          return;
        }
        const notApplied =
          answer.offered.length > 0
            ? ` Not applied: ${answer.offered.length} fix${answer.offered.length === 1 ? '' : 'es'} that change what a link does.`
            : '';
        if (answer.html === answer.before) {
          setMessage(`Nothing safe to fix.${notApplied}`);
          return;
        }
        record({
          label: `fix all safe (${answer.applied.length})`,
          before: from,
          after: fixedInput(from, answer.before, answer.html),
          htmlBefore: answer.before,
          htmlAfter: answer.html,
        });
        setMessage(
          `Applied ${answer.applied.length} safe fix${answer.applied.length === 1 ? '' : 'es'}.${notApplied}`,
        );
      })
      .catch((e: unknown) => setMessage(`Could not fix: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setBusy(false));
  }, [ready, shown, input, record]);

  const planUtm = useCallback(
    async (settings: UtmSettings) => {
      const from = input;
      if (!shown) return null;
      const answer = await engine.planUtm(shown.id, settings);
      return latest.current === from ? { answer, source: from } : null;
    },
    [input, shown],
  );

  const applyUtm = useCallback(
    ({ answer, source: from }: { answer: UtmAnswer; source: StoredInput }) => {
      if (latest.current !== from) {
        setMessage('The email changed since the UTM preview; preview again.');
        return;
      }
      if (answer.html === answer.before) {
        setMessage('Every link already has these UTM parameters.');
        return;
      }
      record({
        label: `UTM parameters on ${answer.plan.fixes.length} link${answer.plan.fixes.length === 1 ? '' : 's'}`,
        before: from,
        after: fixedInput(from, answer.before, answer.html),
        htmlBefore: answer.before,
        htmlAfter: answer.html,
      });
      setMessage(`Set UTM parameters on ${answer.plan.fixes.length} links.`);
    },
    [record],
  );

  return { fixes, fixFor, ready, busy, message, history, applyFix, fixAllSafe, planUtm, applyUtm };
}
