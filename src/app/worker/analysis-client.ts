import type { Facts } from '../../core/facts';
import type { AnalyzeOptions, Report } from '../../core/types';
import type { RuleInfo, WorkerRequest, WorkerResponse } from './analysis-protocol';

export type AnalysisOutcome =
  | { kind: 'report'; report: Report; html: string; ms: number }
  | { kind: 'input-error'; code: string; message: string };

export interface AnalysisJob {
  text: string;
  name: string;
  kind?: 'html' | 'eml';
  options: AnalyzeOptions;
  facts?: Facts;
}

export type ProgressListener = (phase: 'queued' | 'reading' | 'analysing') => void;

/** Thrown for a job that a newer one replaced before the worker started it. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer input');
    this.name = 'SupersededError';
  }
}

interface Pending {
  id: number;
  request: WorkerRequest;
  resolve: (value: AnalysisOutcome) => void;
  reject: (error: Error) => void;
  progress?: ProgressListener;
}

/**
 * One worker for the page. At most one analysis runs at a time and at most one
 * waits: while the worker is busy, a newer input replaces the waiting one, so
 * typing into a large email never queues up stale work.
 */
class AnalysisClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private running: Pending | null = null;
  private waiting: Pending | null = null;
  private catalogue: Promise<RuleInfo[]> | null = null;
  private catalogueResolve: ((rules: RuleInfo[]) => void) | null = null;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const failed = this.running;
      this.running = null;
      this.worker?.terminate();
      this.worker = null;
      failed?.reject(new Error(`The analysis worker failed: ${event.message || 'unknown error'}`));
      this.pump();
    };
    this.worker = worker;
    return worker;
  }

  analyze(job: AnalysisJob, progress?: ProgressListener): Promise<AnalysisOutcome> {
    return new Promise<AnalysisOutcome>((resolve, reject) => {
      const id = this.nextId++;
      const request: WorkerRequest = {
        type: 'analyze',
        id,
        text: job.text,
        name: job.name,
        options: job.options,
        ...(job.kind ? { kind: job.kind } : {}),
        ...(job.facts ? { facts: job.facts } : {}),
      };
      this.waiting?.reject(new SupersededError());
      this.waiting = { id, request, resolve, reject, ...(progress ? { progress } : {}) };
      progress?.('queued');
      this.pump();
    });
  }

  rules(): Promise<RuleInfo[]> {
    if (!this.catalogue) {
      this.catalogue = new Promise<RuleInfo[]>((resolve) => {
        this.catalogueResolve = resolve;
      });
      this.ensureWorker().postMessage({ type: 'catalogue', id: 0 } satisfies WorkerRequest);
    }
    return this.catalogue;
  }

  private pump(): void {
    if (this.running || !this.waiting) return;
    this.running = this.waiting;
    this.waiting = null;
    this.ensureWorker().postMessage(this.running.request);
  }

  private onMessage(message: WorkerResponse): void {
    if (message.type === 'catalogue') {
      this.catalogueResolve?.(message.rules);
      return;
    }
    const job = this.running;
    if (!job || job.id !== message.id) return;
    if (message.type === 'progress') {
      job.progress?.(message.phase);
      return;
    }
    this.running = null;
    if (message.type === 'report') {
      job.resolve({ kind: 'report', report: message.report, html: message.html, ms: message.ms });
    } else if (message.type === 'input-error') {
      job.resolve({ kind: 'input-error', code: message.code, message: message.message });
    } else {
      job.reject(new Error(`The analysis failed: ${message.message}`));
    }
    this.pump();
  }
}

export const analysisClient = new AnalysisClient();
