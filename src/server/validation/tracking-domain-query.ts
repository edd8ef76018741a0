import { z } from 'zod';
import { domainSchema, hostWithPortSchema } from './host-name-schema';

/** `GET /api/tracking-domain?host=H[:PORT][&expect=TARGET]`. */
export const trackingDomainQuerySchema = z.object({
  host: hostWithPortSchema,
  expect: domainSchema.optional(),
});
