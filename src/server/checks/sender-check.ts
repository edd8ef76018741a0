import type { MxFacts, SenderFacts } from '../../core/facts';
import { freeMailProvider } from '../../core/data/free-mail-domains';
import { judge } from '../../core/online/judge';
import type { ServiceDeps } from '../config';
import { checkDkim } from './dkim';
import { checkDmarc } from './dmarc';
import { checkSpf } from './spf';
import { checkPropagation, senderTargets } from './propagation';

/**
 * Everything about a sending domain (docs/contracts/api.md `GET /api/sender`): SPF, DMARC,
 * DKIM for the selectors given (else common ones), MX and the free-mail
 * check, judged by the core's online rules. The CLI's `--online` calls this
 * directly. `domain` is an already validated ASCII name.
 */
export async function checkSender(
  deps: ServiceDeps,
  domain: string,
  selectors: string[],
): Promise<SenderFacts> {
  const name = domain.toLowerCase().replace(/\.$/, '');
  const [spf, dmarc, dkim, mxAnswer, propagation] = await Promise.all([
    checkSpf(deps.resolver, name),
    checkDmarc(deps.resolver, name),
    checkDkim(deps.resolver, name, selectors),
    deps.resolver.mx(name),
    checkPropagation(deps, senderTargets(name)),
  ]);
  const mx: MxFacts[] = mxAnswer.ok
    ? [...mxAnswer.records]
        .map((r) => ({ exchange: r.exchange, priority: r.priority }))
        .sort((a, b) => a.priority - b.priority || a.exchange.localeCompare(b.exchange))
    : [];
  const facts: SenderFacts = {
    domain: name,
    spf,
    dmarc,
    dkim,
    mx,
    mxError: mxAnswer.ok ? null : mxAnswer.error,
    freeMail: freeMailProvider(name) !== null,
    ...(propagation ? { propagation } : {}),
  };
  return { ...facts, findings: judge('sender', facts) };
}
