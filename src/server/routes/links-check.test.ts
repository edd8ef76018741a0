import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkCheckFacts } from '../../core/facts';
import { createApp } from '../app';
import type { ServiceDeps } from '../config';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { page, redirect, startHttpTestServer, type HttpTestServer } from '../testing/http-test-servers';
import { serviceTestDeps } from '../testing/service-test-deps';
import { registerLinksCheck } from './links-check';

let dns: DnsTestServer;
let release: () => void = () => undefined;
let site: HttpTestServer;
let app: Hono;
let deps: ServiceDeps;

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  app.request('/api/links/check', { method: 'POST', body, headers });

beforeAll(async () => {
  dns = await startDnsTestServer({ 'site.test': [{ type: 'A', address: '127.0.0.1' }] });
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  site = await startHttpTestServer({
    routes: {
      '/go': redirect(302, '/ok'),
      '/ok': page(200),
      // Answers only once the test has read the first line.
      '/held': (req, res) => void held.then(() => page(200)(req, res)),
    },
  });
  deps = serviceTestDeps({ DNS_SERVERS: dns.server, ALLOW_HOSTS: 'site.test', MAX_URLS: '5' });
  app = new Hono();
  registerLinksCheck(app, deps);
});
afterAll(async () => {
  await Promise.all([site.close(), dns.close()]);
});

describe('POST /api/links/check', () => {
  it('streams one NDJSON line per distinct URL, judged', async () => {
    const go = `http://site.test:${site.port}/go`;
    const res = await post(JSON.stringify({ urls: [go, 'mailto:a@example.com', go], skip: [] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await res.text()).trim().split('\n');
    expect(lines).toHaveLength(2);
    const results = lines.map((l) => JSON.parse(l) as LinkCheckFacts);
    const byUrl = new Map(results.map((r) => [r.url, r]));
    expect(byUrl.get(go)).toMatchObject({
      finalUrl: `http://site.test:${site.port}/ok`,
      finalStatus: 200,
      error: null,
      findings: [],
    });
    expect(byUrl.get(go)?.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(byUrl.get('mailto:a@example.com')?.findings?.map((f) => f.rule)).toEqual(['not-requested']);
  });

  it('sends each line as soon as its URL is done', async () => {
    const ok = `http://site.test:${site.port}/ok`;
    const heldUrl = `http://site.test:${site.port}/held`;
    const res = await post(JSON.stringify({ urls: [heldUrl, ok] }));
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect((JSON.parse(text.split('\n')[0] ?? '') as LinkCheckFacts).url).toBe(ok);
    release();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const urls = text
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as LinkCheckFacts).url);
    expect(urls).toEqual([ok, heldUrl]);
  });

  it('is mounted in the service app, streaming through its middleware', async () => {
    const service = createApp(deps);
    const res = await service.request('/api/links/check', {
      method: 'POST',
      body: JSON.stringify({ urls: [`http://site.test:${site.port}/ok`] }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const [line] = (await res.text()).trim().split('\n');
    expect(JSON.parse(line ?? '')).toMatchObject({ finalStatus: 200, error: null });
    const get = await service.request('/api/links/check');
    expect(get.status).toBe(405);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['not json', 'body: must be JSON'],
      ['{}', 'urls: '],
      ['{"urls": []}', 'urls: must list at least one URL'],
      ['{"urls": "http://a.example/"}', 'urls: '],
      ['{"urls": ["http://a.example/", "not a url"]}', 'urls.1: must be an absolute URL'],
      ['{"urls": ["http://a.example/", 5]}', 'urls.1: '],
      ['{"urls": ["http://a.example/"], "skip": [1]}', 'skip.0: '],
      ['{"urls": ["http://a.example/"], "extra": 1}', 'input: '],
      [
        JSON.stringify({ urls: Array.from({ length: 6 }, (_, i) => `http://a.example/${i}`) }),
        'urls: must list at most 5 URLs',
      ],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      const json = (await res.json()) as { error: { code: string; message: string } };
      expect(json.error.code).toBe('bad-request');
      expect(json.error.message.startsWith(message), `${body} → ${json.error.message}`).toBe(true);
    }
  });

  it('refuses a body over the limit with 413, and a non-JSON type with 415', async () => {
    const big = JSON.stringify({ urls: ['http://a.example/' + 'x'.repeat(300 * 1024)] });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: 'payload-too-large', message: 'body: must be at most 262144 bytes' },
    });
    // A declared length over the cap is refused before a byte of the body is read.
    const declared = await post('{"urls":["http://a.example/"]}', {
      'content-type': 'application/json',
      'content-length': String(300 * 1024),
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      error: { code: 'payload-too-large', message: 'body: must be at most 262144 bytes' },
    });
    const typed = await post('{"urls":["http://a.example/"]}', { 'content-type': 'text/plain' });
    expect(typed.status).toBe(415);
  });
});
