import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createLogger } from './logger';
import { createRedisClient, createRedisRateLimiter, sharedLimitersFromConfig } from './rate-limit-redis';
import { serviceTestDeps } from './testing/service-test-deps';

/**
 * The shared rate-limit store against a real redis-server the test starts on
 * a loopback port (no persistence). `.ci/run` installs Debian's redis-server
 * when it is missing; without the binary the suite is skipped, with the
 * reason below.
 */
const REDIS = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(!REDIS)('RATE_LIMIT_STORE=redis:// (skipped: no redis-server binary on this machine)', () => {
  let redis: ChildProcess;
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
      redis.stdout?.on('data', (d: Buffer) => {
        if (/ready to accept connections/i.test(d.toString())) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  });
  afterAll(() => {
    redis.kill();
  });

  it('two instances share one bucket per client: what one spent, the other refuses', async () => {
    const deps = serviceTestDeps({ RATE_LIMIT: '60', RATE_BURST: '3', RATE_LIMIT_STORE: url });
    const a = sharedLimitersFromConfig(deps.config);
    const b = sharedLimitersFromConfig(deps.config);
    if (!a || !b) throw new Error('no shared limiters');
    await Promise.all([a.ready(), b.ready()]);
    const appA = createApp(deps, { logger: createLogger('silent'), clientIp: () => '198.51.100.7', ...a });
    const appB = createApp(deps, { logger: createLogger('silent'), clientIp: () => '198.51.100.7', ...b });
    const ask = (app: typeof appA) => app.request('/api/sender?domain=');
    try {
      // Three requests through A (each a 400, but each charged), the fourth through B: refused.
      for (let i = 0; i < 3; i++) expect((await ask(appA)).status).toBe(400);
      const refused = await ask(appB);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // Another client is not affected.
      const other = createApp(deps, { logger: createLogger('silent'), clientIp: () => '198.51.100.8', ...b });
      expect((await ask(other)).status).toBe(400);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('charges a number of points at once (the link checker: one per URL)', async () => {
    const client = createRedisClient(url);
    if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
    const limiter = createRedisRateLimiter(client, { perMinute: 10, burst: 10, keyPrefix: `t${Date.now()}` });
    try {
      expect(await limiter.take('c', 8)).toMatchObject({ ok: true, remaining: 2 });
      expect(await limiter.take('c', 3)).toMatchObject({ ok: false });
      // Another client has its own points.
      expect(await limiter.take('d', 10)).toMatchObject({ ok: true, remaining: 0 });
    } finally {
      await limiter.close();
    }
  });

  it('refuses a store URL that is not redis:// at start-up', () => {
    expect(() => serviceTestDeps({ RATE_LIMIT_STORE: 'http://127.0.0.1:6379' })).toThrow(/RATE_LIMIT_STORE/);
  });
});
