/**
 * `npm run bench:links`: 500 distinct URLs served by loopback servers that
 * answer every request after 100 ms, each a 2-hop chain (302 → 200). Checks
 * them with the link checker, then the same set with linkinator (a dev
 * dependency) at the same concurrency, in the same run, and prints wall
 * times, the ratio, and the ideal (500 × 2 × 100 ms ÷ concurrency).
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
      process.send?.({ most });
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

  const results: LinkCheckFacts[] = [];
  let t = performance.now();
  await checkLinks(deps, urls, {}, (r) => results.push(r));
  const ours = performance.now() - t;
  const oursMost = await servers.stats();
  const good = results.filter((r) => r.finalStatus === 200 && r.hops.length === 2 && r.error === null).length;
  console.log(
    `email-link-inspector: ${ours.toFixed(0)} ms (${(ours / ideal).toFixed(2)}× ideal; target ≤ 1.30×), ${good}/${URLS} chains 302→200, at most ${oursMost} requests in flight`,
  );

  // linkinator 7 starts every link found on a page at once (its queue does not
  // bound them), so it is run two ways: as users run it (the page of links,
  // `concurrency` set), and held to the same concurrency by running CONCURRENCY
  // lanes that each check one URL at a time.
  const checker = new LinkChecker();
  t = performance.now();
  const lk = await checker.check({
    path: `${servers.index}/`,
    concurrency: CONCURRENCY,
    recurse: false,
    timeout: 10_000,
  });
  const page = performance.now() - t;
  const pageOk = lk.links.filter((l) => l.url.includes('/u') && l.state === 'OK').length;
  const pageMost = await servers.stats();
  console.log(
    `linkinator, page of links (concurrency ${CONCURRENCY} asked): ${page.toFixed(0)} ms, ${pageOk}/${URLS} OK, at most ${pageMost} requests in flight`,
  );

  const queue = [...urls];
  let lanesOk = 0;
  t = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const r = await new LinkChecker().check({
          path: url,
          concurrency: 1,
          recurse: false,
          timeout: 10_000,
        });
        if (r.passed) lanesOk++;
      }
    }),
  );
  const lanes = performance.now() - t;
  const lanesMost = await servers.stats();
  console.log(
    `linkinator, ${CONCURRENCY} lanes (same concurrency): ${lanes.toFixed(0)} ms (${(lanes / ideal).toFixed(2)}× ideal), ${lanesOk}/${URLS} OK, at most ${lanesMost} requests in flight`,
  );
  console.log(
    `ratio email-link-inspector / linkinator at the same concurrency: ${(ours / lanes).toFixed(2)}`,
  );
  console.log(`ratio email-link-inspector / linkinator page run (unbounded): ${(ours / page).toFixed(2)}`);

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
