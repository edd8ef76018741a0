import { expose, type Endpoint } from 'comlink';
import { afterEach, vi } from 'vitest';
import { createEngine } from './engine-service';

type Listener = EventListenerOrEventListenerObject;

/**
 * One end of an in-process channel. A message reaches the other end on a
 * later microtask, as it is (not cloned: happy-dom's File does not survive
 * Node's structured clone), and never once either end is closed.
 */
class End implements Endpoint {
  private readonly listeners = new Set<Listener>();
  other: End | null = null;
  closed = false;
  /** Messages to this end wait for it (a held worker). */
  gate: Promise<void> = Promise.resolve();

  postMessage(message: unknown): void {
    const to = this.other;
    if (this.closed || !to) return;
    void to.gate
      .then(() => Promise.resolve())
      .then(() => {
        if (to.closed || this.closed) return;
        const event = new MessageEvent('message', { data: message });
        for (const listener of to.listeners) {
          if (typeof listener === 'function') listener(event);
          else listener.handleEvent(event);
        }
      });
  }

  addEventListener(type: string, listener: Listener): void {
    if (type === 'message') this.listeners.add(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    if (type === 'message') this.listeners.delete(listener);
  }
}

/**
 * The page's engine worker, run in the test's own thread: the real engine
 * (createEngine) exposed through comlink over an in-process channel. Stands in
 * for the browser's `Worker`, so the page's engine client, its restarts and
 * cancels included, runs as it does in the browser.
 */
export class InProcessWorker extends EventTarget {
  /** Every worker started, oldest first. */
  static readonly started: InProcessWorker[] = [];
  /** Messages the page sent to its workers (calls, their callbacks' answers, releases). */
  static sent = 0;
  /** While set, messages to new and running workers wait for it. */
  private static gate: Promise<void> | null = null;
  private static readonly releases: (() => void)[] = [];
  private readonly page = new End();
  private readonly inside = new End();
  terminated = false;

  constructor(_url: string | URL, _options?: WorkerOptions) {
    super();
    this.page.other = this.inside;
    this.inside.other = this.page;
    if (InProcessWorker.gate) this.inside.gate = InProcessWorker.gate;
    expose(createEngine(), this.inside);
    InProcessWorker.started.push(this);
  }

  postMessage(message: unknown): void {
    InProcessWorker.sent++;
    this.page.postMessage(message);
  }

  override addEventListener(type: string, listener: Listener | null): void {
    if (type === 'message' && listener) this.page.addEventListener(type, listener);
    else super.addEventListener(type, listener);
  }

  override removeEventListener(type: string, listener: Listener | null): void {
    if (type === 'message' && listener) this.page.removeEventListener(type, listener);
    else super.removeEventListener(type, listener);
  }

  terminate(): void {
    this.terminated = true;
    this.page.closed = true;
    this.inside.closed = true;
  }

  /** Holds every message to the workers until the returned function (or releaseHeld) is called. */
  static hold(): () => void {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    InProcessWorker.gate = gate;
    InProcessWorker.releases.push(release);
    for (const w of InProcessWorker.started) if (!w.terminated) w.inside.gate = gate;
    return () => {
      if (InProcessWorker.gate === gate) InProcessWorker.gate = null;
      release();
    };
  }

  /** Lets every held message through (after a test, whether it released its hold or failed first). */
  static releaseHeld(): void {
    InProcessWorker.gate = null;
    for (const release of InProcessWorker.releases.splice(0)) release();
  }
}

/**
 * Runs the page's engine in process for this test file, in place of the
 * browser's Worker (a hold is released after each test), with no network: the
 * privacy engine data the worker fetches is answered 404, so the rules that
 * need it stay silent.
 */
export function runEngineInProcess(): void {
  vi.stubGlobal('Worker', InProcessWorker);
  afterEach(() => InProcessWorker.releaseHeld());
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('not here', { status: 404 })));
}
