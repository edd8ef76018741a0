// The pool's worker when the CLI runs from TypeScript sources (tests, `npm run cli`):
// loads worker.ts through tsx. The built CLI uses dist/node/cli-worker.js instead.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./worker.ts', import.meta.url);
export default worker.default;
