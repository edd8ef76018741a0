import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { createAddressPolicy } from './address-policy';
import { FORBIDDEN_RANGES } from './forbidden-ranges';
import { parseTargetUrl } from './target-url';

/**
 * Property: whatever textual form an IPv4 address takes in a URL (dotted
 * decimal, one decimal number, hex, octal, short `a.b` / `a.b.c`, mixed, or
 * IPv4-mapped IPv6), the guard sees the same address, and refuses it when it
 * is in a forbidden range.
 */
const V4_RANGES = FORBIDDEN_RANGES.filter((r) => !r.cidr.includes(':')).map((r) => {
  const [addr, bits] = ipaddr.parseCIDR(r.cidr);
  const base = (addr.toByteArray().reduce((n, b) => n * 256 + b, 0) >>> 0) & ~(2 ** (32 - bits) - 1);
  return { base: base >>> 0, size: 2 ** (32 - bits) };
});

const radix = fc.constantFrom<'dec' | 'hex' | 'oct'>('dec', 'hex', 'oct');
function part(n: number, r: 'dec' | 'hex' | 'oct'): string {
  return r === 'dec' ? String(n) : r === 'hex' ? `0x${n.toString(16)}` : `0${n.toString(8)}`;
}

/** One of the textual forms of `n` (a 32-bit address). */
const formOf = (n: number) =>
  fc.oneof(
    radix.map((r) => part(n, r)),
    fc.tuple(radix, radix).map(([r1, r2]) => `${part(n >>> 24, r1)}.${part(n & 0xffffff, r2)}`),
    fc
      .tuple(radix, radix, radix)
      .map(([r1, r2, r3]) => `${part(n >>> 24, r1)}.${part((n >>> 16) & 0xff, r2)}.${part(n & 0xffff, r3)}`),
    fc
      .tuple(radix, radix, radix, radix)
      .map(([a, b, c, d]) =>
        [part(n >>> 24, a), part((n >>> 16) & 0xff, b), part((n >>> 8) & 0xff, c), part(n & 0xff, d)].join(
          '.',
        ),
      ),
    fc.constant(`[::ffff:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}]`),
  );

const dotted = (n: number): string => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff].join('.');
const policy = createAddressPolicy([]);

function verdict(url: string): { host: string; ok: boolean } {
  const t = parseTargetUrl(url, []);
  if (!t.ok) return { host: '', ok: false };
  return { host: t.target.hostname, ok: policy.checkAddress(t.target.hostname, t.target.hostname).ok };
}

describe('every textual IPv4 form', () => {
  it('is refused when the address is in a forbidden range', () => {
    const forbidden = fc
      .tuple(fc.constantFrom(...V4_RANGES), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([r, f]) => (r.base + Math.min(r.size - 1, Math.floor(f * r.size))) >>> 0);
    fc.assert(
      fc.property(
        forbidden.chain((n) => fc.tuple(fc.constant(n), formOf(n))),
        ([n, form]) => {
          const v = verdict(`http://${form}:8080/x`);
          expect(v.ok, `${form} (${dotted(n)})`).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('normalises to the same dotted quad before the check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }).chain((n) => fc.tuple(fc.constant(n), formOf(n))),
        ([n, form]) => {
          const v = verdict(`http://${form}/`);
          const expected = form.startsWith('[')
            ? ipaddr.IPv4.parse(dotted(n)).toIPv4MappedAddress().toString()
            : dotted(n);
          expect(v.host, form).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
