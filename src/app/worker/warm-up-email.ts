import { SAMPLES } from '../features/input/samples';

/** Copies of the samples in the warm-up email: about 300 links, 60 KB. */
const COPIES = 12;

let built: string | null = null;

/**
 * The email the worker analyses while the page is idle, before the first
 * real one: the built-in samples (a template with mistakes, ESP-tracked
 * links, an Outlook button, a clean newsletter), each copied with its URLs
 * made distinct, so every per-link path of the analysis runs a few hundred
 * times. Hosts stay example.com (RFC 2606); nothing is fetched.
 */
export function warmUpEmail(): string {
  if (built === null) {
    const parts: string[] = [];
    for (let i = 0; i < COPIES; i++) {
      for (const sample of SAMPLES) {
        // An .eml sample's HTML part, as the analysis would read it.
        const html = sample.text.slice(sample.text.indexOf('<'));
        parts.push(html.replaceAll('example.com/', `example.com/w${i}/`));
      }
    }
    built = parts.join('\n');
  }
  return built;
}
