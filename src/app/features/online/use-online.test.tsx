// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { Report } from '../../../core/types';
import { delayed, page, redirect } from '../../../server/testing/http-test-servers';
import { startLookupService, type LookupService } from '../../lib/api/lookup-service.test-helpers';
import { ServiceError } from '../../lib/api/service-error';
import { useOnline } from './use-online';

/**
 * The page's online state against the real look-up service (in process),
 * which follows the links on a loopback HTTP server and asks a loopback DNS
 * server.
 */
let service: LookupService;
let report: Report;
let release: () => void = () => undefined;
let url: (path: string) => string;
let wrapped: string;
const asked = (): string[] => service.asked;

beforeAll(async () => {
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  service = await startLookupService(
    {
      '/go': redirect(302, '/ok'),
      '/ok': page(200),
      '/gone': page(404),
      '/slow': delayed(300, page(200)),
      // Answers only once the test lets it.
      '/held': (req, res) => void held.then(() => page(200)(req, res)),
    },
    {
      'shop.test': [
        { type: 'TXT', data: 'v=spf1 -all' },
        { type: 'MX', exchange: 'mx.shop.test', priority: 10 },
      ],
      '_dmarc.shop.test': [{ type: 'TXT', data: 'v=DMARC1; p=reject' }],
      's1._domainkey.shop.test': [
        { type: 'TXT', data: 'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=' },
      ],
      'other.test': [{ type: 'TXT', data: 'v=spf1 ~all' }],
      'click.shop.test': [{ type: 'CNAME', domain: 'target.esp.test' }],
      'target.esp.test': [{ type: 'A', address: '10.9.9.9' }],
    },
  );
  url = service.url;
  wrapped = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(url('/ok'))}&data=05&reserved=0`;
  const eml = [
    'From: Shop <news@shop.test>',
    'DKIM-Signature: v=1; a=ed25519-sha256; d=shop.test; s=s1; h=from:subject; bh=AAAA; b=BBBB',
    'Subject: Sale',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p><a href="${url('/go')}">Go</a> <a href="${url('/gone')}">Gone</a> <a href="${wrapped}">Wrapped</a>`,
    '<a href="https://click.shop.test/c/1">Tracked</a></p>',
    '',
  ].join('\r\n');
  const analysed = await analyze(eml, { name: 'sale.eml', trackingDomains: ['click.shop.test'] });
  if (!analysed.ok) throw new Error(analysed.error.message);
  report = analysed.report;
});
afterAll(async () => {
  release();
  await service.close();
});
beforeEach(() => {
  service.asked.length = 0;
});

function render(client = new QueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(({ r, key }) => useOnline(r, key), {
    wrapper,
    initialProps: { r: report as Report | undefined, key: 'email-1' },
  });
}

const posts = () => asked().filter((a) => a.startsWith('POST /api/links/check')).length;

describe('useOnline: link checks', () => {
  it('has no facts and asks nothing before a check', async () => {
    const { result } = render();
    await waitFor(() => expect(result.current.domains.hosts).toEqual(['click.shop.test']));
    expect(result.current.facts).toBeUndefined();
    expect(result.current.links).toMatchObject({ running: false, total: 0, done: 0, results: {} });
    expect(asked()).toEqual([]);
  });

  it('streams each link’s chain into facts, a wrapper link judged through its checked destination', async () => {
    const { result } = render();
    act(() => result.current.links.run([url('/go'), url('/gone'), url('/ok'), url('/go')]));
    expect(result.current.links).toMatchObject({ running: true, total: 3, done: 0 });
    await waitFor(() => expect(result.current.links.running).toBe(false), { timeout: 5000 });
    expect(result.current.links).toMatchObject({ total: 3, done: 3, error: null, cancelled: false });
    const links = result.current.facts?.links ?? {};
    expect(links[url('/go')]).toMatchObject({ finalUrl: url('/ok'), finalStatus: 200 });
    expect(links[url('/go')]?.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(links[url('/gone')]?.finalStatus).toBe(404);
    // The Safe Links wrapper was not requested; it gets the chain of the destination it encodes.
    expect(links[wrapped]).toBe(links[url('/ok')]);
    expect(posts()).toBe(1);
  });

  it('checks a URL once per page: a second run answers from the cache without asking the service', async () => {
    const client = new QueryClient();
    const first = render(client);
    act(() => first.result.current.links.run([url('/go')]));
    await waitFor(() => expect(first.result.current.links.running).toBe(false), { timeout: 5000 });
    first.unmount();
    const second = render(client);
    act(() => second.result.current.links.run([url('/go')]));
    expect(second.result.current.links).toMatchObject({ running: false, total: 1, done: 1 });
    expect(second.result.current.facts?.links?.[url('/go')]?.finalStatus).toBe(200);
    expect(posts()).toBe(1);
  });

  it('does not keep an answer for a URL skipped in this email, nor answer a skipped URL from the cache', async () => {
    const { result } = render();
    const done = () => waitFor(() => expect(result.current.links.running).toBe(false), { timeout: 5000 });
    const okFacts = () => result.current.facts?.links?.[url('/ok')];
    act(() => result.current.links.run([url('/ok')], [url('/ok')]));
    await done();
    expect(okFacts()?.findings?.map((f) => f.rule)).toEqual(['not-requested']);
    act(() => result.current.links.run([url('/ok')]));
    await done();
    expect(okFacts()?.finalStatus).toBe(200);
    expect(posts()).toBe(2);
    // Checked and cached now, but skipped in this run: the service is asked, and does not follow it.
    act(() => result.current.links.run([url('/ok')], [url('/ok')]));
    await done();
    expect(okFacts()?.findings?.map((f) => f.rule)).toEqual(['not-requested']);
    expect(posts()).toBe(3);
  });

  it('cancels a run, keeping the answers that came before', async () => {
    const { result } = render();
    act(() => result.current.links.run([url('/gone'), url('/held')]));
    await waitFor(() => expect(result.current.links.done).toBe(1), { timeout: 5000 });
    await waitFor(() => expect(result.current.links.done).toBe(1), { timeout: 5000 });
    act(() => result.current.links.cancel());
    expect(result.current.links).toMatchObject({ running: false, cancelled: true, total: 2, done: 1 });
    expect(Object.keys(result.current.facts?.links ?? {})).toEqual([url('/gone')]);
  });

  it('drops the run in flight and its answers when another email is loaded', async () => {
    const { result, rerender } = render();
    act(() => result.current.links.run([url('/gone')]));
    await waitFor(() => expect(result.current.links.running).toBe(false), { timeout: 5000 });
    act(() => result.current.links.run([url('/slow')]));
    rerender({ r: report, key: 'email-2' });
    expect(result.current.links).toMatchObject({ running: false, total: 0, done: 0, results: {} });
    expect(result.current.facts).toBeUndefined();
    // The answer the service would have given the previous email does not arrive in this one.
    await act(() => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(result.current.links.results).toEqual({});
    expect(result.current.facts).toBeUndefined();
  });

  it('reports a refusal of the service as an error, with nothing checked', async () => {
    const { result } = render();
    const six = ['/a', '/b', '/c', '/d', '/e', '/f'].map(url);
    act(() => result.current.links.run(six));
    await waitFor(() => expect(result.current.links.running).toBe(false), { timeout: 5000 });
    const error = result.current.links.error;
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(400);
    expect(result.current.links.done).toBe(0);
    expect(result.current.facts).toBeUndefined();
  });
});

describe('useOnline: sending and tracking domains', () => {
  it('looks them up only once asked, with the DKIM selectors the email was signed with', async () => {
    const { result } = render();
    await waitFor(() => expect(result.current.domains.selectors).toEqual(['s1']));
    expect(result.current.domains).toMatchObject({ senderDomain: 'shop.test', asked: false });
    expect(asked()).toEqual([]);
    act(() => result.current.domains.ask());
    await waitFor(() => expect(result.current.facts?.sender?.[0]?.domain).toBe('shop.test'), {
      timeout: 5000,
    });
    expect(result.current.facts?.sender?.[0]).toMatchObject({
      spf: { record: 'v=spf1 -all' },
      dmarc: { policy: 'reject' },
      dkim: [{ selector: 's1', found: true }],
    });
    expect(asked()).toContain('GET /api/sender?domain=shop.test&selector=s1');
    await waitFor(() => expect(result.current.facts?.trackingDomains?.[0]?.host).toBe('click.shop.test'), {
      timeout: 5000,
    });
    expect(result.current.facts?.trackingDomains?.[0]?.cname).toEqual(['target.esp.test']);
  });

  it('takes a typed sending domain, tidied, for this email only', async () => {
    const { result, rerender } = render();
    act(() => result.current.domains.setSenderDomain('  Other.TEST '));
    expect(result.current.domains.senderDomain).toBe('other.test');
    act(() => result.current.domains.ask());
    await waitFor(() => expect(result.current.facts?.sender?.[0]?.domain).toBe('other.test'), {
      timeout: 5000,
    });
    rerender({ r: report, key: 'email-2' });
    expect(result.current.domains).toMatchObject({ senderDomain: 'shop.test', asked: false });
    expect(result.current.facts).toBeUndefined();
  });
});
