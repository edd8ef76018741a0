#!/usr/bin/env node
// Installed entry point: the CLI bundle built by `npm run build` (vite.server.config.ts).
import '../dist/node/cli.js';
