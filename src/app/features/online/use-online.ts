import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Facts, SenderFacts, TrackingDomainFacts } from '../../../core/facts';
import type { OnlinePlan } from '../../../core/online/plan-online';
import type { Report } from '../../../core/types';
import { useLinkChecks } from '../../lib/api/links-check';
import { useSender } from '../../lib/api/sender';
import { useTrackingDomains } from '../../lib/api/tracking-domain';
import { useThrottled } from './use-throttled';

/**
 * The core's plan of what to look up (`planOnline`: sender domains with their
 * DKIM selectors, tracking hosts with their ports and expected CNAME target),
 * the same the CLI follows. Loaded on first use with the platform catalogue it
 * needs, which is the worker's data and kept out of the page's first bundle.
 */
function useOnlinePlan(report: Report | undefined): OnlinePlan | null {
  const [planned, setPlanned] = useState<{ report: Report; plan: OnlinePlan } | null>(null);
  useEffect(() => {
    if (!report) return;
    let live = true;
    void import('../../../core/online/plan-online').then(({ planOnline }) => {
      if (live) setPlanned({ report, plan: planOnline(report) });
    });
    return () => {
      live = false;
    };
  }, [report]);
  return planned !== null && planned.report === report ? planned.plan : null;
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
  // A typed domain only takes the place of the From domain: the DKIM selectors of the plan's entry for
  // it (from the signatures whose d= it is) and the tracking hosts are the same, so typing never re-plans.
  const plan = useOnlinePlan(report);
  const selectorsKey = (plan?.senders.find((t) => t.domain === senderDomain)?.selectors ?? []).join(',');
  const selectors = useMemo(() => (selectorsKey === '' ? [] : selectorsKey.split(',')), [selectorsKey]);
  const hostsKey = (plan?.trackingHosts ?? []).map((t) => t.host).join(',');
  const hosts = useMemo(() => (hostsKey === '' ? [] : hostsKey.split(',')), [hostsKey]);
  const domainsOn = domainsAsked === inputKey;
  const sender = useSender(senderDomain, selectors, domainsOn && plan !== null);
  const expect = plan?.trackingHosts[0]?.expect ?? null;
  const tracking = useTrackingDomains(hosts, expect, domainsOn && plan !== null);

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
