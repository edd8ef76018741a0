import { z } from 'zod';
import { domainSchema } from './host-name-schema';
import { checkSelector, MAX_SELECTORS } from './selector';

/** `GET /api/sender?domain=D[&selector=S]…` (selectors may also be comma-separated). */
export const senderQuerySchema = z.object({
  domain: domainSchema,
  selector: z
    .array(z.string())
    .default([])
    .transform((values, ctx) => {
      const out: string[] = [];
      for (const v of values.flatMap((s) => s.split(','))) {
        const r = checkSelector(v);
        if (!r.ok) {
          ctx.addIssue({ code: 'custom', message: r.problem });
          return z.NEVER;
        }
        if (!out.includes(r.selector)) out.push(r.selector);
      }
      if (out.length > MAX_SELECTORS) {
        ctx.addIssue({ code: 'custom', message: `at most ${MAX_SELECTORS} selectors` });
        return z.NEVER;
      }
      return out;
    }),
});
