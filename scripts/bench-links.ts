/**
 * `npm run bench:links`: 500 distinct URLs served by loopback servers that
 * answer every request after 100 ms, each a 2-hop chain (302 → 200). Checks
 * them with the link checker and the same set with linkinator (a dev
 * dependency) at the same concurrency, alternating, ROUNDS times (default 3),
 * in the same run, and prints wall times, the medians, their ratio, and the
 * ideal (500 × 2 × 100 ms ÷ concurrency).
 * The servers run in a child process (as remote servers would), so their work
 * does not share the checker's event loop. Only 127.0.0.1 is contacted
 * (allowed by ALLOW_HOSTS for this run).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { LinkChecker } from 'linkinator';
import type { LinkCheckFacts } from '../src/core/facts';
import { checkLinks } from '../src/server/checks/link-check';
import { createServiceDeps, loadConfig } from '../src/server/config';
import {
  delayed,
  html,
  page,
  redirect,
  startHttpTestServer,
  type Handler,
  type HttpTestServer,
} from '../src/server/testing/http-test-servers';

const URLS = 500;
const DELAY_MS = 100;
const SERVERS = 16;
const CONCURRENCY = Number(process.env['CONCURRENCY'] ?? 32);
const ROUNDS = Number(process.env['ROUNDS'] ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

let inFlight = 0;
let most = 0;
const chain: Handler = (req, res) => {
  inFlight++;
  most = Math.max(most, inFlight);
  res.on('close', () => inFlight--);
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path.startsWith('/u')) delayed(DELAY_MS, redirect(302, `/d${path.slice(2)}`))(req, res);
  else if (path.startsWith('/d')) delayed(DELAY_MS, page(200, 'destination'))(req, res);
  else page(404)(req, res);
};

/** The child: start the servers, tell the parent their origins, answer `stats` with the most requests in flight. */
async function serve(): Promise<void> {
  const servers: HttpTestServer[] = [];
  for (let i = 0; i < SERVERS; i++) servers.push(await startHttpTestServer({ routes: { '*': chain } }));
  const origins = servers.map((s) => s.origin);
  const urls = Array.from({ length: URLS }, (_, i) => `${origins[i % SERVERS] ?? ''}/u${i}`);
  const index = await startHttpTestServer({
    routes: {
      '/': html(`<html><body>${urls.map((u) => `<a href="${u}">${u}</a>`).join('\n')}</body></html>`),
    },
  });
  process.on('message', (m) => {
    if (m === 'stats') {
      process.send?.({ most, connections: servers.reduce((n, s) => n + s.connections(), 0) });
      most = 0;
    }
  });
  process.send?.({ urls, index: index.origin });
}

interface Servers {
  child: ChildProcess;
  urls: string[];
  index: string;
  stats(): Promise<number>;
}

function startServers(): Promise<Servers> {
  const child = fork(process.argv[1] ?? '', ['--serve'], { execArgv: process.execArgv, stdio: 'inherit' });
  return new Promise((resolve) => {
    child.once('message', (m) => {
      const { urls, index } = m as { urls: string[]; index: string };
      const stats = (): Promise<number> =>
        new Promise((res) => {
          child.once('message', (s) => res((s as { most: number }).most));
          child.send('stats');
        });
      resolve({ child, urls, index, stats });
    });
  });
}

async function main(): Promise<void> {
  const servers = await startServers();
  const { urls } = servers;
  const loaded = loadConfig({
    ALLOW_HOSTS: '127.0.0.1',
    CONCURRENCY: String(CONCURRENCY),
    LOG_LEVEL: 'silent',
  });
  if (!loaded.ok) throw new Error(loaded.message);
  const deps = createServiceDeps(loaded.config);

  const ideal = (URLS * 2 * DELAY_MS) / CONCURRENCY;
  console.log(
    `bench:links: ${URLS} URLs × 2 hops, every answer after ${DELAY_MS} ms, concurrency ${CONCURRENCY} (per host ${deps.config.perHostConcurrency}, ${SERVERS} hosts)`,
  );
  console.log(`ideal (${URLS} × 2 × ${DELAY_MS} ms ÷ ${CONCURRENCY}): ${ideal.toFixed(0)} ms`);

  // Warm both up (module loading, JIT) on other paths of the same servers, so neither is measured cold.
  const warm = Array.from({ length: CONCURRENCY }, (_, i) => urls[i]?.replace(/\/u(\d+)$/, '/uw$1') ?? '');
  await checkLinks(deps, warm, {}, () => undefined);
  await Promise.all(warm.map((path) => new LinkChecker().check({ path, recurse: false, timeout: 10_000 })));
  await servers.stats();

  const ours = async (): Promise<number> => {
    const results: LinkCheckFacts[] = [];
    const t = performance.now();
    await checkLinks(deps, urls, {}, (r) => results.push(r));
    const ms = performance.now() - t;
    const most = await servers.stats();
    const good = results.filter(
      (r) => r.finalStatus === 200 && r.hops.length === 2 && r.error === null,
    ).length;
    console.log(
      `  email-link-inspector: ${ms.toFixed(0)} ms (${(ms / ideal).toFixed(2)}× ideal), ${good}/${URLS} chains 302→200, at most ${most} requests in flight`,
    );
    return ms;
  };

  // linkinator 7 starts every link found on a page at once (its queue does not
  // bound them), so it is run two ways: as users run it (the page of links,
  // `concurrency` set), and held to the same concurrency by running CONCURRENCY
  // lanes that each check one URL at a time.
  const lanes = async (): Promise<number> => {
    const queue = [...urls];
    let ok = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          const r = await new LinkChecker().check({
            path: url,
            concurrency: 1,
            recurse: false,
            timeout: 10_000,
          });
          if (r.passed) ok++;
        }
      }),
    );
    const ms = performance.now() - t;
    const most = await servers.stats();
    console.log(
      `  linkinator, ${CONCURRENCY} lanes (same concurrency): ${ms.toFixed(0)} ms (${(ms / ideal).toFixed(2)}× ideal), ${ok}/${URLS} OK, at most ${most} requests in flight`,
    );
    return ms;
  };

  const pageRun = async (): Promise<number> => {
    const t = performance.now();
    const lk = await new LinkChecker().check({
      path: `${servers.index}/`,
      concurrency: CONCURRENCY,
      recurse: false,
      timeout: 10_000,
    });
    const ms = performance.now() - t;
    const ok = lk.links.filter((l) => l.url.includes('/u') && l.state === 'OK').length;
    const most = await servers.stats();
    console.log(
      `  linkinator, page of links (concurrency ${CONCURRENCY} asked): ${ms.toFixed(0)} ms, ${ok}/${URLS} OK, at most ${most} requests in flight`,
    );
    return ms;
  };

  // Alternate the two at the same concurrency, ROUNDS times, and compare medians (the machine may be shared).
  const oursMs: number[] = [];
  const lanesMs: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}/${ROUNDS}:`);
    if (round % 2 === 1) {
      oursMs.push(await ours());
      lanesMs.push(await lanes());
    } else {
      lanesMs.push(await lanes());
      oursMs.push(await ours());
    }
  }
  const page = await pageRun();
  const o = median(oursMs);
  const l = median(lanesMs);
  console.log(
    `median email-link-inspector: ${o.toFixed(0)} ms = ${(o / ideal).toFixed(2)}× ideal (target ≤ 1.30×)`,
  );
  console.log(`median linkinator (same concurrency): ${l.toFixed(0)} ms = ${(l / ideal).toFixed(2)}× ideal`);
  console.log(
    `ratio email-link-inspector / linkinator at the same concurrency: ${(o / l).toFixed(2)} (target < 1)`,
  );
  console.log(
    `ratio email-link-inspector / linkinator page run (unbounded concurrency): ${(o / page).toFixed(2)}`,
  );

  servers.child.kill();
}

(process.argv.includes('--serve') ? serve() : main()).then(
  () => {
    if (!process.argv.includes('--serve')) process.exit(0);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
