/**
 * Link texts that say nothing about where the link goes, by language, written
 * in lower case without punctuation or accents (the rule compares texts in
 * that form). Sources: W3C WCAG 2 failure technique F84 ("using a
 * non-specific link such as 'click here' or 'more' without a mechanism to
 * change the link text"), WCAG 2.4.4 Link Purpose (In Context), WebAIM
 * "Links and Hypertext"; the other languages are the usual translations of
 * the same phrases in email templates.
 */
export const AMBIGUOUS_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'click here',
    'click',
    'here',
    'click this',
    'click this link',
    'this link',
    'link',
    'read more',
    'learn more',
    'more',
    'more info',
    'more information',
    'see more',
    'find out more',
    'details',
    'more details',
    'continue',
    'continue reading',
    'go',
    'go here',
    'this',
    'tap here',
    'press here',
    'view',
    'view more',
    'info',
  ],
  de: [
    'hier klicken',
    'klicken sie hier',
    'hier',
    'mehr',
    'mehr erfahren',
    'weiterlesen',
    'mehr lesen',
    'link',
    'details',
  ],
  fr: ['cliquez ici', 'cliquer ici', 'ici', 'en savoir plus', 'lire la suite', 'plus', 'voir plus', 'lien'],
  es: [
    'haga clic aqui',
    'haz clic aqui',
    'clic aqui',
    'pulse aqui',
    'aqui',
    'leer mas',
    'mas informacion',
    'ver mas',
    'mas',
    'enlace',
  ],
  it: ['clicca qui', 'qui', 'leggi di piu', 'scopri di piu', 'di piu', 'link'],
  nl: ['klik hier', 'hier', 'lees meer', 'meer', 'meer informatie', 'link'],
  pt: ['clique aqui', 'aqui', 'saiba mais', 'leia mais', 'mais', 'link'],
};
