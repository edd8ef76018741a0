import type { Rule } from './define-rule';
import { rule as doubleEncodedEntity } from './double-encoded-entity/double-encoded-entity';
import { rule as emptyHref } from './empty-href/empty-href';
import { rule as hrefSpacing } from './href-spacing/href-spacing';
import { rule as htmlParseError } from './html-parse-error/html-parse-error';
import { rule as insecureHttp } from './insecure-http/insecure-http';
import { rule as javascriptUrl } from './javascript-url/javascript-url';
import { rule as mailtoInvalid } from './mailto-invalid/mailto-invalid';
import { rule as malformedUrl } from './malformed-url/malformed-url';
import { rule as mergeTag } from './merge-tag/merge-tag';
import { rule as missingHref } from './missing-href/missing-href';
import { rule as missingScheme } from './missing-scheme/missing-scheme';
import { rule as qpArtifact } from './qp-artifact/qp-artifact';
import { rule as relativeUrl } from './relative-url/relative-url';
import { rule as smartQuotesInUrl } from './smart-quotes-in-url/smart-quotes-in-url';
import { rule as unbalancedMergeTag } from './unbalanced-merge-tag/unbalanced-merge-tag';
import { rule as unencodedCharacters } from './unencoded-characters/unencoded-characters';
import { rule as whitespaceInUrl } from './whitespace-in-url/whitespace-in-url';

/** The offline rules about the shape of each link's URL and the markup that carries it. */
export const urlRules: readonly Rule[] = [
  relativeUrl,
  missingScheme,
  malformedUrl,
  whitespaceInUrl,
  smartQuotesInUrl,
  unencodedCharacters,
  javascriptUrl,
  missingHref,
  emptyHref,
  hrefSpacing,
  insecureHttp,
  qpArtifact,
  doubleEncodedEntity,
  mergeTag,
  unbalancedMergeTag,
  mailtoInvalid,
  htmlParseError,
];
