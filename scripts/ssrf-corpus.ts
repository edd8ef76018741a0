/**
 * `npm run ssrf:corpus`: feeds the SSRF payload lists of the folder given as its argument (default: scripts/fixtures/ssrf)
 * to the link checker with the guard on and ALLOW_HOSTS empty, and prints
 * refused/total. Skips (exit 0) without the corpus.
 *
 * Nothing leaves the machine: names are resolved only by a test DNS server
 * on loopback that answers every name of the lists with 127.0.0.1 and ::1
 * (the worst case: every name points at the canary); an IP literal the guard
 * would allow is never handed to the checker (it is counted as not refused).
 * A canary on loopback counts connections and must count zero.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LinkCheckFacts } from '../src/core/facts';
import { checkLinks } from '../src/server/checks/link-check';
import { createServiceDeps, loadConfig } from '../src/server/config';
import { createAddressPolicy } from '../src/server/net/address-policy';
import { parseTargetUrl } from '../src/server/net/target-url';
import { startCanaryServer } from '../src/server/testing/canary-server';
import { startDnsTestServer } from '../src/server/testing/dns-test-server';

const dir = resolve(process.argv[2] ?? join(process.cwd(), 'scripts/fixtures/ssrf'));

async function main(): Promise<number> {
  if (!existsSync(dir)) {
    console.log(`ssrf:corpus: ${dir} not found, skipping`);
    return 0;
  }
  const lines = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      const s = line.trim();
      if (s !== '' && !s.startsWith('#')) lines.add(s);
    }
  }
  const all = [...lines];

  const canary = await startCanaryServer();
  const dns = await startDnsTestServer({});
  const policy = createAddressPolicy([]);
  const toCheck: string[] = [];
  const allowedLiterals: string[] = [];
  for (const raw of all) {
    const t = parseTargetUrl(raw, []);
    if (t.ok && t.target.ipLiteral) {
      if (policy.checkAddress(t.target.hostname, t.target.hostname).ok) {
        allowedLiterals.push(raw);
        continue;
      }
    } else if (t.ok) {
      dns.set(t.target.hostname, [
        { type: 'A', address: '127.0.0.1' },
        { type: 'AAAA', address: '::1' },
      ]);
    }
    toCheck.push(raw);
  }

  const loaded = loadConfig({
    DNS_SERVERS: dns.server,
    ALLOW_HOSTS: '',
    HOP_TIMEOUT_MS: '1000',
    CHAIN_DEADLINE_MS: '3000',
    LOG_LEVEL: 'silent',
  });
  if (!loaded.ok) throw new Error(loaded.message);
  const deps = createServiceDeps(loaded.config);
  const results: LinkCheckFacts[] = [];
  await checkLinks(deps, toCheck, {}, (r) => results.push(r));
  await dns.close();
  const hits = canary.hits();
  await canary.close();

  const byCode = new Map<string, number>();
  const notRefused: string[] = [
    ...allowedLiterals.map((u) => `${u} (public IP literal: the guard would allow it)`),
  ];
  for (const r of results) {
    const code = r.error?.code ?? 'requested';
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
    // Refused = never requested: blocked by the guard, not a URL at all, or deliberately skipped.
    if (!['blocked-target', 'invalid-url', 'not-requested'].includes(code))
      notRefused.push(`${r.url} (${code})`);
  }
  const refused = all.length - notRefused.length;
  console.log(`SSRF corpus (${dir}), ALLOW_HOSTS empty, every name resolving to loopback:`);
  for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) console.log(`  ${code}: ${n}`);
  for (const u of notRefused) console.log(`  NOT REFUSED: ${u}`);
  console.log(`refused ${refused}/${all.length}; canary connections: ${hits}`);
  return notRefused.length === 0 && hits === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
