import type { Hono } from 'hono';
import type { ServiceDeps } from '../config';
import { badRequest } from '../errors';
import { checkTrackingDomain } from '../checks/tracking-domain-check';
import { parseInput } from '../validation/parse-input';
import { trackingDomainQuerySchema } from '../validation/tracking-domain-query';
import { cacheControlFor } from './cache-control';

/** `GET /api/tracking-domain?host=H[&expect=TARGET]` → TrackingDomainFacts with findings (docs/contracts/api.md). */
export function registerTrackingDomain(app: Hono, deps: ServiceDeps): void {
  app.get('/api/tracking-domain', async (c) => {
    const input = parseInput(trackingDomainQuerySchema, {
      host: c.req.query('host'),
      expect: c.req.query('expect') || undefined,
    });
    if (!input.ok) return badRequest(c, input.field, input.problem);
    const { host, port } = input.data.host;
    const facts = await checkTrackingDomain(
      deps,
      port === null ? host : `${host}:${port}`,
      input.data.expect ?? null,
    );
    const failed =
      facts.error != null || (facts.findings?.some((f) => f.rule === 'dns-lookup-failed') ?? false);
    c.header('cache-control', cacheControlFor(failed));
    return c.json(facts);
  });
}
