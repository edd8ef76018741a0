/*
 * System links by their visible text. Kept apart from system-links.ts, which
 * reads the platform catalogue: the web app's page uses this without loading
 * the catalogue (the worker's data).
 */

const TEXT_UNSUBSCRIBE =
  /\b(?:unsubscribe|opt[- ]?out|abmelden|austragen|d[ée]sabonner|d[ée]sinscri\w*|darse de baja|cancelar (?:la )?suscripci[oó]n|disiscriviti|afmelden|uitschrijven)\b/i;
const TEXT_PREFERENCES =
  /\b(?:(?:manage|update|email|your) (?:your )?(?:preferences|subscriptions?|profile)|preference cent(?:er|re)|profil (?:aktualisieren|bearbeiten)|einstellungen)\b/i;
const TEXT_WEB_VERSION =
  /\b(?:view (?:it |this (?:email|message) )?(?:in (?:your |a )?browser|online|as a web ?page)|web ?version|online[- ]version|im browser (?:ansehen|anzeigen|öffnen)|webansicht|version en ligne|ver en (?:el )?navegador)\b/i;

/**
 * What system link a link's visible text names ("Unsubscribe", "Abmelden",
 * "View in browser"), for links whose URL is opaque; null otherwise. Only
 * short texts count: a sentence that mentions unsubscribing is not the link.
 */
export function systemLinkTextKind(text: string): 'unsubscribe' | 'preferences' | 'web-version' | null {
  const t = text.trim();
  if (t === '' || t.length > 60) return null;
  if (TEXT_UNSUBSCRIBE.test(t)) return 'unsubscribe';
  if (TEXT_PREFERENCES.test(t)) return 'preferences';
  if (TEXT_WEB_VERSION.test(t)) return 'web-version';
  return null;
}
