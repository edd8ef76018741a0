import { APPLE_SOURCES } from '../../data/apple-link-tracking-protection';
import {
  groupBy,
  STRIPPER_NAMES,
  strippedParameters,
  type StrippedParameter,
} from '../../privacy/judge-privacy';
import { defineRule } from '../define-rule';

/** The message, from the finding's data: who removes which parameters, what survives, how many links. */
function describe(d: Record<string, unknown>): string {
  const removed = d['parameters'] as StrippedParameter[];
  const keptByApple = d['keptByApple'] as string[];
  const protonSkipsTo = typeof d['protonSkipsTo'] === 'string' ? d['protonSkipsTo'] : null;
  const links = Number(d['links']);
  const byWho = groupBy(removed, (p) => p.by.join('+'));
  const parts = byWho.map((group) => {
    const names = group.map((p) => (p.owner ? `${p.name} (${p.owner})` : p.name)).join(', ');
    const who = (group[0]?.by ?? []).map((s) => STRIPPER_NAMES[s]).join(' and ');
    const apple = group[0]?.by.includes('apple')
      ? group.every((p) => p.appleStatus === 'observed')
        ? ' — observed; Apple publishes no list'
        : ' — reported; Apple publishes no list'
      : '';
    return `${names}: removed by ${who}${apple}`;
  });
  const kept =
    keptByApple.length > 0
      ? ` ${keptByApple.join(', ')} reached the site from Apple Mail in published tests.`
      : '';
  const skip =
    protonSkipsTo !== null
      ? ` Proton Mail opens ${protonSkipsTo} directly, skipping the redirect in this link.`
      : '';
  const wrapped =
    d['template'] === true
      ? ' (If your platform wraps the link in its click-tracking redirect, the mail client sees only the redirect, and the parameters reach the site.)'
      : '';
  const count = links > 1 ? ` ${links} links carry ${removed.length === 1 ? 'it' : 'them'}.` : '';
  const head = parts.length > 0 ? `Parameters removed before the page loads — ${parts.join('; ')}.` : '';
  return `${head}${skip}${kept}${count}${wrapped}`.trim();
}

/**
 * A link parameter that a mail client or browser removes before the page
 * loads, naming who removes it: Apple Mail, Messages and Safari Private
 * Browsing (Link Tracking Protection; Apple publishes no list, so the
 * parameters are the observed and reported ones of
 * ../../data/apple-link-tracking-protection.ts) and Proton Mail (its own
 * cleaner, `@protontech/tidy-url`). One finding per set of removed
 * parameters, covering every link that carries it. Firefox's and Brave's
 * query stripping are not judged: no maintained package publishes their lists.
 */
export const rule = defineRule({
  id: 'param-stripped',
  defaultSeverity: 'info',
  category: 'tracking',
  summary:
    "a link parameter that readers' mail clients or browsers remove before the page loads (Apple Mail, Messages and Safari Private Browsing — observed, Apple publishes no list; Proton Mail); names who removes it and what survives",
  effect: 'campaign-data',
  title: 'Some readers never send these link details',
  impact:
    "Privacy features in some readers' mail apps remove these parameters before the page opens, so your analytics or platform does not see them for those readers. The click itself is still counted.",
  remedy:
    'Nothing to change in the email. Do not rely on these parameters alone for attribution; UTM parameters pass Apple Mail.',
  fixHint: 'Expect these parameters to be missing for some readers',
  severityRationale:
    "Info: the reader's mail app decides and nothing in the email can prevent it, and most marketing emails carry UTM parameters that Proton Mail removes; it is worth knowing when reading the numbers, not a defect of the email.",
  messages: {
    'param-stripped': { text: describe },
    'param-stripped/campaign': {
      text: describe,
      wording: {
        title: 'Proton Mail readers lose your UTM data',
        impact:
          'Proton Mail removes UTM parameters from links before the page opens, so your analytics files those visits without the campaign. Apple Mail lets them through.',
        remedy:
          'Nothing to change in the email. Expect fewer campaign visits in analytics than clicks in your platform.',
      },
    },
    'param-stripped/redirect-skipped': {
      text: describe,
      wording: {
        title: 'Proton Mail skips this redirect',
        impact:
          'Proton Mail opens the address inside this link directly, so whatever the redirect records (a click, an affiliate) is not recorded for its readers.',
        remedy:
          'Link to the page itself, or through your platform’s click tracking, not through a third-party redirect.',
      },
    },
  },
  check(ctx) {
    const found = strippedParameters(ctx.links, ctx.options.privacy ?? null);
    const template = ctx.mode === 'template';
    // Links share a `removed` list, and with it a protonSkipsTo (the links of one URL, and the URLs that remove
    // the same parameters without a skipped redirect: see strippedParameters): the key is built once per list.
    const keys = new Map<readonly StrippedParameter[], string>();
    const groups = groupBy(found, (f) => {
      let key = keys.get(f.removed);
      if (key === undefined) {
        key = `${f.removed.map((p) => `${p.name}:${p.by.join('+')}`).join(',')}|${f.protonSkipsTo ?? ''}`;
        keys.set(f.removed, key);
      }
      return key;
    });
    for (const group of groups) {
      const first = group[0];
      if (!first) continue;
      const campaignOnly = first.removed.length > 0 && first.removed.every((p) => p.name.startsWith('utm_'));
      const variant = first.protonSkipsTo !== null ? 'redirect-skipped' : campaignOnly ? 'campaign' : null;
      const appleInvolved = first.removed.some((p) => p.by.includes('apple'));
      ctx.report({
        link: first.link,
        relatedLinks: group.slice(1).map((g) => g.link),
        messageId: variant === null ? 'param-stripped' : `param-stripped/${variant}`,
        data: {
          links: group.length,
          parameters: first.removed,
          keptByApple: first.keptByApple,
          protonSkipsTo: first.protonSkipsTo,
          template,
          ...(appleInvolved ? { appleSources: Object.values(APPLE_SOURCES).map((s) => s.url) } : {}),
        },
      });
    }
  },
});
