// Loaded with `node --import` by the memory test and `npm run bench:memory`: on exit, writes the
// process's peak resident set size in bytes to the file MAX_RSS_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env['MAX_RSS_FILE'];
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
