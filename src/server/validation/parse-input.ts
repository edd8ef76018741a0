import type { z } from 'zod';

/** The first problem of a failed parse, as the field it is about and what is wrong. */
export type InputResult<T> = { ok: true; data: T } | { ok: false; field: string; problem: string };

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): InputResult<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const issue = r.error.issues[0];
  const field = issue?.path.filter((p) => typeof p !== 'symbol').join('.') || 'input';
  return { ok: false, field, problem: issue?.message ?? 'is invalid' };
}
