/**
 * The memory baseline of the CLI's memory test and `npm run bench:memory`:
 * read a file and parse it once with parse5, with source locations (as the
 * analysis needs them), and nothing else. `node --import tsx
 * parse5-baseline.ts FILE` prints the number of top-level nodes.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: parse5-baseline.ts FILE');
const document = parse(readFileSync(file, 'utf8'), { sourceCodeLocationInfo: true });
process.stdout.write(`${document.childNodes.length}\n`);
