/**
 * One worker of the CLI's pool (`check`/`fix` of many files): reads one file
 * and runs the same single-file path as `check FILE` / `fix FILE`. Built as
 * dist/node/cli-worker.js beside the CLI bundle.
 */
import { produceReport, type ReportResult } from '../check-command';
import { runFix } from '../fix-command';
import type { CheckOptions } from '../parse-args';
import type { FixOptions } from '../parse-fix-args';
import { readSource } from '../read-source';
import type { CheckOutcome } from '../check-command';

export type PoolTask =
  | {
      kind: 'check';
      file: string;
      options: CheckOptions;
      env: Record<string, string | undefined>;
      /** Send the parsed HTML back (the text format's code frames need it). */
      wantSource: boolean;
    }
  | { kind: 'fix'; file: string; options: FixOptions };

export type PoolResult = { kind: 'check'; result: ReportResult } | { kind: 'fix'; outcome: CheckOutcome };

const noStdin: AsyncIterable<Uint8Array> = {
  [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ done: true, value: undefined }) }),
};

export async function runTask(task: PoolTask): Promise<PoolResult> {
  const source = await readSource(task.file, noStdin);
  if (task.kind === 'fix') {
    if (!source.ok)
      return { kind: 'fix', outcome: { exitCode: 2, stdout: '', stderr: `${source.message}\n` } };
    return { kind: 'fix', outcome: await runFix({ ...task.options, file: task.file }, source) };
  }
  if (!source.ok) return { kind: 'check', result: { ok: false, message: source.message } };
  const result = await produceReport({ ...task.options, file: task.file }, source, task.env);
  if (result.ok && !task.wantSource) return { kind: 'check', result: { ...result, html: '' } };
  return { kind: 'check', result };
}

export default runTask;
