import type { Hono } from 'hono';
import type { ServiceDeps } from '../config';
import { badRequest } from '../errors';
import { checkSender } from '../checks/sender-check';
import { parseInput } from '../validation/parse-input';
import { senderQuerySchema } from '../validation/sender-query';
import { cacheControlFor } from './cache-control';

/** `GET /api/sender?domain=D[&selector=S]…` → SenderFacts with findings (docs/contracts/api.md). */
export function registerSender(app: Hono, deps: ServiceDeps): void {
  app.get('/api/sender', async (c) => {
    const input = parseInput(senderQuerySchema, {
      domain: c.req.query('domain'),
      selector: c.req.queries('selector') ?? [],
    });
    if (!input.ok) return badRequest(c, input.field, input.problem);
    const facts = await checkSender(deps, input.data.domain, input.data.selector);
    const failed = facts.findings?.some((f) => f.rule === 'dns-lookup-failed') ?? false;
    c.header('cache-control', cacheControlFor(failed));
    return c.json(facts);
  });
}
