import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type {
  AnalysedReport,
  AnalysisJob,
  AnalysisPayload,
  EngineApi,
  FileOutcome,
  Phase,
  RuleInfo,
} from './engine-api';
import { whenIdle } from '../lib/persist';

/** At most this many warm-up analyses (see EngineClient#warm). */
const WARM_ROUNDS = 8;
/** A warm-up analysis this quick (ms) means the engine is warm. */
const WARM_ENOUGH_MS = 12;

/** The report and fixes of the worker's JSON bytes. */
export function unpack(id: number, json: Uint8Array, html: string, ms: number): AnalysisOutcome {
  const { report, fixes } = JSON.parse(new TextDecoder().decode(json)) as Pick<
    AnalysedReport,
    'report' | 'fixes'
  >;
  return { kind: 'report', id, report, fixes, html, ms, json };
}

/** Thrown for work the page no longer wants: a newer text replaced it and the worker was restarted. */
class CancelledError extends Error {
  constructor() {
    super('replaced by a newer input');
    this.name = 'CancelledError';
  }
}

export type AnalysisOutcome =
  /** `json`: the report as it came from the worker (stored as bytes, a cheap copy). */
  | ({ kind: 'report'; json: Uint8Array } & AnalysedReport)
  | { kind: 'input-error'; id: number; code: string; message: string };

/** An analysis started before the page asked for it, and whom to tell its phases. */
interface Early {
  job: AnalysisJob;
  key: string;
  outcome: Promise<AnalysisOutcome>;
  /** The phase the worker reported last, and whom to tell the next (the page, once it asks). */
  relay: { onPhase: ((phase: Phase) => void) | null; phase: Phase | null };
}

/** What makes two analysis jobs with the same text the same. */
function jobKey(job: AnalysisJob): string {
  return JSON.stringify([job.name, job.kind ?? null, job.options]);
}

interface Running {
  worker: Worker;
  api: Remote<EngineApi>;
  /** Rejecters of every call not answered yet: a restart or a crash rejects them all. */
  pending: Set<(error: Error) => void>;
}

/**
 * The page's one engine worker. A new analysis while another runs does not
 * wait: the worker is terminated (a pathological email cannot hold the page's
 * newer text hostage) and a fresh one started. Calls left unanswered by a
 * restart or a crash are rejected, never left hanging.
 */
class EngineClient {
  private running: Running | null = null;
  private analysing = 0;
  private catalogue: Promise<RuleInfo[]> | null = null;
  /** An analysis started from a paste's event, not yet asked for by the page (see prefetch). */
  private early: Early | null = null;
  /** How many analyses were asked of the worker (tests and the benchmark read it). */
  analyses = 0;

  private start(): Running {
    if (this.running) return this.running;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'engine',
    });
    const running: Running = { worker, api: wrap<EngineApi>(worker), pending: new Set() };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.stop(running, new Error(`The analysis stopped unexpectedly: ${event.message || 'unknown error'}`));
    });
    this.running = running;
    return running;
  }

  private stop(running: Running, error: Error): void {
    if (this.running !== running) return;
    this.running = null;
    this.analysing = 0;
    running.api[releaseProxy]();
    running.worker.terminate();
    for (const reject of running.pending) reject(error);
    running.pending.clear();
  }

  private call<T>(ask: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
    const running = this.start();
    return new Promise<T>((resolve, reject) => {
      running.pending.add(reject);
      ask(running.api).then(
        (value) => {
          running.pending.delete(reject);
          resolve(value);
        },
        (error: unknown) => {
          running.pending.delete(reject);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /**
   * Warms a fresh worker up while the page is idle, before the first
   * analysis: analyses of a built-in email (warm-up-email.ts), one per idle
   * period, until one is quick (the engine's code is optimised by then) or
   * `rounds` have run, and never once a real analysis has been asked. A
   * worker's first analyses run its code unoptimised: a 100 KB email took
   * 180, 100, 84, 63, 46 ms in the first five analyses of a fresh worker,
   * and the privacy data is fetched on the first one.
   */
  warm(rounds = WARM_ROUNDS): void {
    const running = this.start();
    const next = (left: number): void => {
      whenIdle(() => {
        if (this.analyses > 0 || this.running !== running) return;
        this.call((api) => api.warmUp()).then(
          (ms) => {
            performance.mark('eli:warm-up', { detail: { ms } });
            if (ms > WARM_ENOUGH_MS && left > 1) next(left - 1);
            else performance.mark('eli:warmed');
          },
          () => undefined,
        );
      }, 5000);
    };
    if (rounds > 0) next(rounds);
  }

  rules(): Promise<RuleInfo[]> {
    if (!this.catalogue) {
      this.catalogue = this.call((api) => api.rules());
      this.catalogue.catch(() => {
        this.catalogue = null;
      });
    }
    return this.catalogue;
  }

  readFile(file: File): Promise<FileOutcome> {
    return this.call<FileOutcome>((api) => api.readFile(file) as Promise<FileOutcome>);
  }

  /**
   * Starts analysing a pasted text at once, from the paste's own event,
   * before the page has rendered it: the analysis the page then asks for the
   * same job (text, name, kind and options) is this one, not a second.
   */
  prefetch(job: AnalysisJob): void {
    const relay: Early['relay'] = { onPhase: null, phase: null };
    const outcome = this.begin(job, (phase) => {
      relay.phase = phase;
      relay.onPhase?.(phase);
    });
    // Replaced or cancelled before the page asked for it: nobody waits for it then.
    outcome.catch(() => undefined);
    this.early = { job, key: jobKey(job), outcome, relay };
  }

  analyse(job: AnalysisJob, onPhase?: (phase: Phase) => void): Promise<AnalysisOutcome> {
    const early = this.early;
    this.early = null;
    if (early && early.job.text === job.text && early.key === jobKey(job)) {
      early.relay.onPhase = onPhase ?? null;
      if (early.relay.phase) onPhase?.(early.relay.phase);
      return early.outcome;
    }
    return this.begin(job, onPhase);
  }

  private async begin(job: AnalysisJob, onPhase?: (phase: Phase) => void): Promise<AnalysisOutcome> {
    if (this.analysing > 0 && this.running) {
      performance.mark('eli:cancel');
      this.stop(this.running, new CancelledError());
    }
    this.analyses++;
    const asked = performance.now();
    performance.mark('eli:analyse');
    this.analysing++;
    const running = this.start();
    try {
      const payload = await this.call<AnalysisPayload>(
        (api) => api.analyse(job, onPhase ? proxy(onPhase) : undefined) as Promise<AnalysisPayload>,
      );
      if (payload.kind === 'input-error') return payload;
      const outcome = unpack(payload.id, payload.json, payload.html ?? job.text, payload.ms);
      // Asked → report on the page (the worker's analysis, the hand-over, the unpacking): the benchmark reads it.
      performance.measure('eli:analysis', {
        start: asked,
        end: performance.now(),
        detail: { worker: payload.ms },
      });
      return outcome;
    } finally {
      if (this.running === running) this.analysing--;
    }
  }

  fixes(...args: Parameters<EngineApi['fixes']>) {
    return this.call((api) => api.fixes(...args));
  }

  fixAll(...args: Parameters<EngineApi['fixAll']>) {
    return this.call((api) => api.fixAll(...args));
  }

  planUtm(...args: Parameters<EngineApi['planUtm']>) {
    return this.call((api) => api.planUtm(...args));
  }

  exportReport(...args: Parameters<EngineApi['exportReport']>) {
    return this.call((api) => api.exportReport(...args));
  }
}

export const engine = new EngineClient();
