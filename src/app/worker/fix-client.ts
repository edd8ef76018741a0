import type { Fix } from '../../core/edit/fix';
import type { Report } from '../../core/types';
import type { UtmSettings } from '../../core/fix/utm-builder';
import type { FixAllAnswer, FixRequest, FixResponse, FixSource, UtmAnswer } from './fix-protocol';

type Waiter = { resolve: (r: FixResponse) => void; reject: (e: Error) => void };

/** The fix worker, started on the first fix job (the analysis worker stays free for typing). */
class FixClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private waiting = new Map<number, Waiter>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./fix.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FixResponse>) => {
      const waiter = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      waiter?.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const failed = [...this.waiting.values()];
      this.waiting.clear();
      this.worker?.terminate();
      this.worker = null;
      for (const w of failed)
        w.reject(new Error(`The fix worker failed: ${event.message || 'unknown error'}`));
    };
    this.worker = worker;
    return worker;
  }

  private ask(request: FixRequest): Promise<FixResponse> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.ensureWorker().postMessage(request);
    });
  }

  async fixes(report: Report, html: string): Promise<Fix[]> {
    const answer = await this.ask({ type: 'fixes', id: this.nextId++, report, html });
    if (answer.type === 'error') throw new Error(answer.message);
    if (answer.type !== 'fixes') throw new Error('unexpected answer from the fix worker');
    return answer.fixes;
  }

  async fixAll(source: FixSource): Promise<FixAllAnswer> {
    const answer = await this.ask({ type: 'fix-all', id: this.nextId++, source });
    if (answer.type === 'error') throw new Error(answer.message);
    if (answer.type !== 'fix-all') throw new Error('unexpected answer from the fix worker');
    return answer.answer;
  }

  async planUtm(source: FixSource, settings: UtmSettings): Promise<UtmAnswer> {
    const answer = await this.ask({ type: 'utm-plan', id: this.nextId++, source, settings });
    if (answer.type === 'error') throw new Error(answer.message);
    if (answer.type !== 'utm-plan') throw new Error('unexpected answer from the fix worker');
    return answer.answer;
  }
}

export const fixClient = new FixClient();
