import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { createLambdaApp } from './lambda';
import { createNetlifyHandler } from './netlify';
import { createVercelHandler } from './vercel';

/** Each adapter called the way its platform calls it: a Lambda event, a `Request` (+ Netlify's context). */
describe('platform adapters', () => {
  let dns: DnsTestServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    dns = await startDnsTestServer({
      'example.test': [{ type: 'TXT', data: 'v=spf1 -all' }],
    });
    env = {
      DNS_SERVERS: dns.server,
      DNS_TIMEOUT_MS: '400',
      LOG_LEVEL: 'silent',
      RATE_LIMIT: '1',
      RATE_BURST: '1',
    };
  });
  afterAll(() => dns.close());

  it('AWS Lambda: API Gateway HTTP API (v2) and REST (v1) events, rate limited by the source IP', async () => {
    const handler = handle(createLambdaApp(env));
    // A real HTTP API v2 event carries more (authorizer, cookies); this is what a public GET holds.
    const v2 = (ip: string) =>
      ({
        version: '2.0',
        routeKey: '$default',
        rawPath: '/api/sender',
        rawQueryString: 'domain=example.test',
        headers: { host: 'abc.execute-api.eu-west-1.amazonaws.com', accept: 'application/json' },
        requestContext: {
          accountId: '123456789012',
          apiId: 'abc',
          domainName: 'abc.execute-api.eu-west-1.amazonaws.com',
          domainPrefix: 'abc',
          http: { method: 'GET', path: '/api/sender', protocol: 'HTTP/1.1', sourceIp: ip, userAgent: 'test' },
          requestId: 'r1',
          routeKey: '$default',
          stage: '$default',
          time: '26/Nov/2026:06:00:00 +0000',
          timeEpoch: 1_795_500_000_000,
        },
        body: null,
        isBase64Encoded: false,
      }) as unknown as LambdaEvent;
    const ok = await handler(v2('203.0.113.1'));
    expect(ok.statusCode).toBe(200);
    expect(ok.headers?.['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(ok.body)).toMatchObject({ domain: 'example.test', spf: { record: 'v=spf1 -all' } });
    const limited = await handler(v2('203.0.113.1'));
    expect(limited.statusCode).toBe(429);
    expect(limited.headers?.['retry-after']).toBe('60');
    expect((await handler(v2('203.0.113.2'))).statusCode).toBe(200);

    const v1 = await handler({
      version: '1.0',
      resource: '/{proxy+}',
      path: '/api/sender',
      httpMethod: 'GET',
      headers: { host: 'abc.execute-api.eu-west-1.amazonaws.com' },
      multiValueHeaders: { host: ['abc.execute-api.eu-west-1.amazonaws.com'] },
      queryStringParameters: { domain: 'bad' },
      multiValueQueryStringParameters: { domain: ['bad'] },
      pathParameters: { proxy: 'api/sender' },
      stageVariables: null,
      requestContext: {
        accountId: '123456789012',
        apiId: 'abc',
        httpMethod: 'GET',
        identity: { sourceIp: '203.0.113.3' },
        path: '/prod/api/sender',
        protocol: 'HTTP/1.1',
        requestId: 'r2',
        requestTimeEpoch: 1_795_500_000_000,
        resourcePath: '/{proxy+}',
        stage: 'prod',
      },
      body: null,
      isBase64Encoded: false,
    } as unknown as LambdaEvent);
    expect(v1.statusCode).toBe(400);
    expect(JSON.parse(v1.body)).toEqual({
      error: {
        code: 'bad-request',
        message: 'domain: must be a fully qualified name with a dot (example.com)',
      },
    });
  });

  it('Vercel: a Web Request, rate limited by x-real-ip', async () => {
    const handler = createVercelHandler(env);
    const req = (ip: string) =>
      new Request('https://inspector.vercel.app/api/sender?domain=example.test', {
        headers: { 'x-real-ip': ip },
      });
    const ok = await handler(req('198.51.100.7'));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ domain: 'example.test' });
    expect((await handler(req('198.51.100.7'))).status).toBe(429);
    expect((await handler(new Request('https://inspector.vercel.app/api/health'))).status).toBe(200);
  });

  it("Netlify: a Web Request and Netlify's context, rate limited by context.ip", async () => {
    const handler = createNetlifyHandler(env);
    const req = () => new Request('https://inspector.netlify.app/api/sender?domain=example.test');
    const ok = await handler(req(), { ip: '192.0.2.44' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ domain: 'example.test' });
    expect((await handler(req(), { ip: '192.0.2.44' })).status).toBe(429);
    expect((await handler(req(), { ip: '192.0.2.45' })).status).toBe(200);
    const missing = await handler(new Request('https://inspector.netlify.app/api/missing'), {
      ip: '192.0.2.46',
    });
    expect(missing.status).toBe(404);
  });
});
