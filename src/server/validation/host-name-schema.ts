import { z } from 'zod';
import { checkHostName } from './host-name';

/** zod schemas over checkHostName: the name, lower-cased, or an issue with the problem. */
export const domainSchema = z.string({ error: 'is required' }).transform((value, ctx) => {
  const r = checkHostName(value);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.problem });
    return z.NEVER;
  }
  return r.host;
});

export const hostWithPortSchema = z.string({ error: 'is required' }).transform((value, ctx) => {
  const r = checkHostName(value, { allowPort: true });
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.problem });
    return z.NEVER;
  }
  return { host: r.host, port: r.port };
});
