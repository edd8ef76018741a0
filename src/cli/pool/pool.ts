import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { PoolResult, PoolTask } from './worker';

/**
 * Runs tasks on a pool of worker threads (tinypool), as many at once as there
 * are cores (or `jobs`), and gives the results in the order of the tasks.
 * Under tsx (tests, `npm run cli`) the worker loads the TypeScript module through tsx; in
 * the built CLI it is dist/node/cli-worker.js beside the bundle.
 */
export async function runPool(tasks: readonly PoolTask[], jobs: number | null): Promise<PoolResult[]> {
  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), tasks.length));
  const here = import.meta.url;
  const typescript = here.endsWith('.ts');
  const pool = new Tinypool({
    filename: new URL(typescript ? './worker-tsx.mjs' : './cli-worker.js', here).href,
    minThreads: threads,
    maxThreads: threads,
    // A worker keeps its warmed-up parser and rules between files.
    isolateWorkers: false,
  });
  try {
    return await Promise.all(tasks.map((task) => pool.run(task) as Promise<PoolResult>));
  } finally {
    await pool.destroy();
  }
}
