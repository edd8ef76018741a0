import type { Comparison } from '../../../core/compare/compare';
import type { AnalyzeOptions } from '../../../core/types';

/** One email as the compare worker takes it. */
export interface CompareSide {
  text: string;
  name: string;
}

export interface CompareRequest {
  id: number;
  template: CompareSide;
  sent: CompareSide;
  options: AnalyzeOptions;
}

export type CompareResponse =
  | {
      id: number;
      ok: true;
      comparison: Comparison;
      /** Each email's HTML with `data-eli-link="L3"` on every link's start tag, for the previews. */
      templateHtml: string;
      sentHtml: string;
    }
  | { id: number; ok: false; message: string };
