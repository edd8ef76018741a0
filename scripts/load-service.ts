/**
 * `npm run load`: drives concurrent clients at the look-up service's Node
 * server on loopback, against the test DNS server, and prints throughput,
 * latency percentiles, errors and the server's memory.
 *
 *   npm run load -- [--clients 200] [--seconds 20]
 *
 * Bounded: at most 1000 clients and 120 seconds; loopback only (the server,
 * the DNS server and the clients all use 127.0.0.1; no other address is
 * contacted). The server runs as its own process (dist/node/server.js when
 * built, else the TypeScript entry through tsx) so its memory is measured
 * alone, from /proc/<pid>/status.
 *
 * Clients 1–10 share one address (an office behind NAT, sent as
 * X-Forwarded-For with TRUST_PROXY=1) and are meant to hit the rate limit:
 * their 429s are the intended ones. Every other client has its own address
 * and must see no error at all.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { startDnsTestServer, type ZoneEntry } from '../src/server/testing/dns-test-server';

const MAX_CLIENTS = 1000;
const MAX_SECONDS = 120;
const NAT_CLIENTS = 10;

function arg(name: string, fallback: number, max: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer`);
  return Math.min(v, max);
}

const clients = arg('clients', 200, MAX_CLIENTS);
const seconds = arg('seconds', 20, MAX_SECONDS);

function zone(): Record<string, ZoneEntry> {
  const z: Record<string, ZoneEntry> = {};
  for (let i = 0; i < 50; i++) {
    const d = `d${i}.load.test`;
    z[d] = [
      { type: 'TXT', data: `v=spf1 include:_spf.load.test ip4:192.0.2.${i} -all` },
      { type: 'MX', exchange: `mx.${d}`, priority: 10 },
    ];
    z[`_dmarc.${d}`] = [{ type: 'TXT', data: i % 5 === 0 ? 'v=DMARC1; p=none' : 'v=DMARC1; p=reject' }];
    z[`s1._domainkey.${d}`] = [
      { type: 'TXT', data: 'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=' },
    ];
    z[`click${i}.load.test`] = [{ type: 'CNAME', domain: 'sendgrid.net' }];
  }
  z['_spf.load.test'] = [{ type: 'TXT', data: 'v=spf1 ip4:198.51.100.0/24 ~all' }];
  // A private address: the service refuses to connect (no TLS probe leaves loopback).
  z['sendgrid.net'] = [{ type: 'A', address: '10.0.0.1' }];
  return z;
}

function rssKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start within 20 s');
}

/**
 * The test DNS server runs in a process of its own (this script with
 * `--dns-server`): on the load generator's event loop, busy with hundreds of
 * clients, its UDP socket would drop queries and the figures would measure
 * that instead of the service.
 */
async function startDnsProcess(): Promise<{ server: string; close(): void }> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, process.argv[1] ?? 'scripts/load-service.ts', '--dns-server'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stdout = child.stdout;
  if (!stdout) throw new Error('no DNS server stdout');
  const server = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`DNS server exited (${code})`)));
    stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { server, close: () => child.kill('SIGTERM') };
}

async function dnsServerProcess(): Promise<void> {
  const dns = await startDnsTestServer(zone());
  process.stdout.write(dns.server + '\n');
  process.once('SIGTERM', () => void dns.close().then(() => process.exit(0)));
}

async function main(): Promise<void> {
  const dns = await startDnsProcess();
  const port = await freePort();
  const built = existsSync('dist/node/server.js');
  const argv = built ? ['dist/node/server.js'] : ['--import', 'tsx', 'src/server/adapters/node.ts'];
  const server = spawn(process.execPath, argv, {
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DNS_SERVERS: dns.server,
      DNSBL_ZONES: 'dbl.load.test,uribl.load.test',
      TRUST_PROXY: '1',
      RATE_LIMIT: '600',
      RATE_BURST: '50',
      LOG_LEVEL: 'warn',
      STATIC_DIR: 'dist/app',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pid = server.pid ?? 0;
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, server);

  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  const failures = new Map<string, number>();
  const rss: number[] = [];
  const sampler = setInterval(() => {
    const kb = rssKb(pid);
    if (kb !== null) rss.push(kb);
  }, 250);
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  const deadline = Date.now() + seconds * 1000;
  let n = 0;
  const client = async (id: number): Promise<void> => {
    const ip = id < NAT_CLIENTS ? '203.0.113.1' : `198.18.${id >> 8}.${id & 255}`;
    const kind = id < NAT_CLIENTS ? 'nat' : 'own';
    while (Date.now() < deadline) {
      const i = n++;
      const path =
        i % 3 === 0
          ? `/api/tracking-domain?host=click${i % 50}.load.test&expect=sendgrid.net`
          : `/api/sender?domain=d${i % 50}.load.test&selector=s1`;
      const started = performance.now();
      try {
        const res = await fetch(url + path, { headers: { 'x-forwarded-for': ip } });
        await res.arrayBuffer();
        latencies.push(performance.now() - started);
        count(statuses, `${kind} ${res.status}`);
      } catch (e) {
        count(
          failures,
          (e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : String(e),
        );
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, id) => client(id)));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  server.kill('SIGTERM');
  dns.close();

  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  // Resident memory per quarter of the run: the highest, and the lowest (the floor after collections).
  const quarter = (k: number) =>
    rss.slice(Math.floor((rss.length * k) / 4), Math.floor((rss.length * (k + 1)) / 4));
  const mb = (kb: number) => Math.round(kb / 1024);
  const quarters = [0, 1, 2, 3].map(quarter);
  const unintended = [...statuses].filter(([k]) => !k.endsWith(' 200') && k !== 'nat 429');
  const report = {
    server: built ? 'dist/node/server.js' : 'src/server/adapters/node.ts (tsx)',
    clients,
    seconds: Math.round(elapsed * 10) / 10,
    requests: total,
    throughputPerSecond: Math.round(total / elapsed),
    latencyMs: {
      p50: Math.round(percentile(latencies, 50) * 10) / 10,
      p90: Math.round(percentile(latencies, 90) * 10) / 10,
      p99: Math.round(percentile(latencies, 99) * 10) / 10,
      max: Math.round((latencies[latencies.length - 1] ?? 0) * 10) / 10,
    },
    statuses: Object.fromEntries(statuses),
    networkErrors: Object.fromEntries(failures),
    unintendedErrors:
      unintended.reduce((a, [, v]) => a + v, 0) + [...failures.values()].reduce((a, b) => a + b, 0),
    serverRssMb: {
      peak: mb(Math.max(0, ...rss)),
      highByQuarter: quarters.map((r) => mb(Math.max(0, ...r))),
      lowByQuarter: quarters.map((r) => mb(r.length > 0 ? Math.min(...r) : 0)),
    },
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  if (report.unintendedErrors > 0) process.exitCode = 1;
}

(process.argv.includes('--dns-server') ? dnsServerProcess() : main()).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
