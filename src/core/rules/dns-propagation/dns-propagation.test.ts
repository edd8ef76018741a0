import { describe, expect, it } from 'vitest';
import type { PropagationFacts } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts, trackingFacts } from '../online-facts.test-helpers';

const ID = 'dns-propagation';
const CHECKED = '2026-12-01T06:00:00.000Z';

function propagation(records: PropagationFacts['records']): PropagationFacts {
  return {
    checkedAt: CHECKED,
    servers: ['1.1.1.1:53', '8.8.8.8:53', '9.9.9.9:53', '208.67.222.222:53'],
    records,
  };
}

describe(ID, () => {
  it('reports a CNAME found on 2 of 4 resolvers, with TTLs and when the slowest catches up', () => {
    const fact = trackingFacts({
      propagation: propagation([
        {
          record: 'CNAME',
          name: 'click.shop.example',
          answers: [
            { server: '1.1.1.1:53', status: 'found', values: ['u1.wl.sendgrid.net'], ttl: 300 },
            { server: '8.8.8.8:53', status: 'found', values: ['u1.wl.sendgrid.net'], ttl: 120 },
            { server: '9.9.9.9:53', status: 'none', values: [], ttl: 1800 },
            { server: '208.67.222.222:53', status: 'none', values: [], ttl: 900 },
          ],
        },
      ]),
    });
    const found = judge('tracking-domain', fact).filter((f) => f.rule === ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', messageId: 'dns-propagation/tracking-domain' });
    expect(found[0]?.message).toBe(
      'CNAME of click.shop.example found on 2 of 4 resolvers: 1.1.1.1:53, 8.8.8.8:53 → u1.wl.sendgrid.net (TTL 300 s); ' +
        'no record on 9.9.9.9:53, 208.67.222.222:53 (TTL 1800 s). The slowest should catch up within 30 min (by 2026-12-01 06:30 UTC), when its cached answer expires.',
    );
  });

  it('reports SPF records that differ; leaves agreeing records, differing A addresses and a silent resolver alone', () => {
    const fact = senderFacts({
      propagation: propagation([
        {
          record: 'SPF',
          name: 'example.com',
          answers: [
            { server: '1.1.1.1:53', status: 'found', values: ['v=spf1 include:new.example -all'], ttl: 600 },
            { server: '8.8.8.8:53', status: 'found', values: ['v=spf1 include:old.example ~all'], ttl: 3600 },
            {
              server: '9.9.9.9:53',
              status: 'error',
              values: [],
              ttl: null,
              error: { code: 'dns-timeout', message: 't' },
            },
          ],
        },
        {
          record: 'DMARC',
          name: '_dmarc.example.com',
          answers: [
            { server: '1.1.1.1:53', status: 'found', values: ['v=DMARC1; p=reject'], ttl: 600 },
            { server: '8.8.8.8:53', status: 'found', values: ['v=DMARC1; p=reject'], ttl: 100 },
          ],
        },
      ]),
    });
    const found = judge('sender', fact).filter((f) => f.rule === ID);
    expect(found.map((f) => f.messageId)).toEqual(['dns-propagation/sender']);
    expect(found[0]?.message).toContain('SPF record of example.com differs between 2 resolvers');
    expect(found[0]?.message).toContain('1 more did not answer (9.9.9.9:53)');
    expect(found[0]?.message).toContain('within 1 h');

    const addresses = trackingFacts({
      propagation: propagation([
        {
          record: 'A',
          name: 'click.shop.example',
          answers: [
            { server: '1.1.1.1:53', status: 'found', values: ['192.0.2.1'], ttl: 60 },
            { server: '8.8.8.8:53', status: 'found', values: ['192.0.2.2'], ttl: 60 },
          ],
        },
      ]),
    });
    expect(judge('tracking-domain', addresses).filter((f) => f.rule === ID)).toEqual([]);
  });

  it('is silent without propagation facts', () => {
    expect(judge('tracking-domain', trackingFacts()).filter((f) => f.rule === ID)).toEqual([]);
  });
});
