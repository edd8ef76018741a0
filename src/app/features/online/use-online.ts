import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Facts, SenderFacts, TrackingDomainFacts } from '../../../core/facts';
import type { Report } from '../../../core/types';
import { useLinkChecks } from '../../lib/api/links-check';
import { useSender } from '../../lib/api/sender';
import { useTrackingDomains } from '../../lib/api/tracking-domain';
import { useThrottled } from './use-throttled';

/**
 * The tracking hosts to check: the report's tracking domains, each with the
 * port its links use (a host on another port is probed there).
 */
function trackingHosts(report: Report | undefined): string[] {
  if (!report) return [];
  const out = new Set<string>();
  for (const domain of report.trackingDomains) {
    let host = domain;
    for (const link of report.links) {
      if (link.url === null) continue;
      try {
        const u = new URL(link.url);
        if (u.hostname === domain) {
          host = u.host;
          break;
        }
      } catch {
        // Not a URL after all: skip.
      }
    }
    out.add(host);
  }
  return [...out];
}

/**
 * All online state of the page: link checks (streamed), the sending domain and
 * the tracking domains, and the Facts they make for the core to judge.
 */
export function useOnline(report: Report | undefined, inputKey: string) {
  const links = useLinkChecks(inputKey);
  // A typed sending domain belongs to the email it was typed for: another email starts from its own.
  const [typed, setTyped] = useState<{ key: string; domain: string | null }>({ key: '', domain: null });
  const typedSender = typed.key === inputKey ? typed.domain : null;
  const setTypedSender = useCallback(
    (domain: string | null) => setTyped({ key: inputKey, domain }),
    [inputKey],
  );
  const [domainsAsked, setDomainsAsked] = useState<string | null>(null);
  const senderDomain = (typedSender ?? report?.sender?.domain ?? '').trim().toLowerCase() || null;
  const selectors = useMemo(
    () =>
      [
        ...new Set(
          (report?.sender?.dkim ?? [])
            .filter((d) => senderDomain !== null && d.domain.toLowerCase() === senderDomain)
            .map((d) => d.selector),
        ),
      ].sort(),
    [report?.sender?.dkim, senderDomain],
  );
  const hostsKey = trackingHosts(report).join(',');
  const hosts = useMemo(() => (hostsKey === '' ? [] : hostsKey.split(',')), [hostsKey]);
  const domainsOn = domainsAsked === inputKey;
  const sender = useSender(senderDomain, selectors, domainsOn);
  // The platform's branded-domain CNAME target, so a CNAME pointing elsewhere is found. The
  // catalogue is loaded on demand: it is the worker's data, kept out of the page's first bundle.
  const esp = report?.esp ?? null;
  const expectQuery = useQuery({
    queryKey: ['esp-cname-target', esp],
    queryFn: async () =>
      esp ? ((await import('../../../core/esp/catalogue')).expectedCnameTargets(esp)[0] ?? null) : null,
    staleTime: Infinity,
    enabled: domainsOn,
  });
  const expect = expectQuery.data ?? null;
  const tracking = useTrackingDomains(hosts, expect, domainsOn && expectQuery.isSuccess);

  const senderData = domainsOn ? sender.data : undefined;
  const trackingKey = tracking.map((q) => q.dataUpdatedAt).join(',');
  const trackingData = useMemo(
    () => (domainsOn ? tracking.flatMap((q) => (q.data ? [q.data] : [])) : []),
    // The queries array is new each render; its answers change only with dataUpdatedAt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [trackingKey, domainsOn],
  );
  // While answers stream in, the analysis (and the preview) is brought up to date every 1.5 s.
  const linkResults = useThrottled(links.results, links.running ? 1500 : 0);
  // A wrapper link (Safe Links, SES…) checked through its decoded destination gets that chain,
  // so the core judges it on the link. Kept as a string: it changes only with the email.
  const destinations = useMemo(
    () =>
      (report?.links ?? [])
        .flatMap((l) => (l.url && l.destination?.url ? [`${l.url}\n${l.destination.url}`] : []))
        .join('\n\n'),
    [report],
  );
  const facts = useMemo<Facts | undefined>(() => {
    let byUrl = linkResults;
    for (const pair of destinations === '' ? [] : destinations.split('\n\n')) {
      const [url = '', destination = ''] = pair.split('\n');
      const result = linkResults[destination];
      if (result && !linkResults[url]) byUrl = { ...byUrl, [url]: result };
    }
    const hasLinks = Object.keys(byUrl).length > 0;
    if (!hasLinks && !senderData && trackingData.length === 0) return undefined;
    return {
      ...(hasLinks ? { links: byUrl } : {}),
      ...(senderData ? { sender: [senderData as SenderFacts] } : {}),
      ...(trackingData.length > 0 ? { trackingDomains: trackingData as TrackingDomainFacts[] } : {}),
    };
  }, [linkResults, destinations, senderData, trackingData]);

  return {
    links,
    facts,
    domains: {
      senderDomain,
      selectors,
      setSenderDomain: setTypedSender,
      hosts,
      asked: domainsOn,
      ask: () => setDomainsAsked(inputKey),
      sender,
      tracking,
    },
  };
}

export type Online = ReturnType<typeof useOnline>;
