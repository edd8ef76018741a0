/**
 * The layers, enforced (`npm run lint:layers`, part of `npm test`). An arrow
 * means "may import": core ← server ← cli, core ← app; inside the core
 * url ← extract ← esp ← rules ← report, fix (edit sits under the rules, online
 * and analyze on top). The core and the app import no Node built-in; in the app,
 * features talk through components/ and lib/, never to each other. Tests and
 * test helpers may reach up to drive what they test.
 */
const TESTS = '(\\.test\\.tsx?|\\.test-helpers\\.ts|/testing/.*|/fixtures/.*)$';

/** A rule: nothing under `from` imports anything under `to`. */
function forbid(name, comment, from, to) {
  return { name, comment, severity: 'error', from: { path: from, pathNot: TESTS }, to: { path: to } };
}

module.exports = {
  forbidden: [
    forbid(
      'no-test-helpers-in-production',
      'test helpers (*.test-helpers.ts, testing/, fixtures/) serve tests only, never the product',
      '^src/',
      TESTS,
    ),
    forbid(
      'core-is-inner',
      'core imports nothing of server, cli or app',
      '^src/core/',
      '^src/(server|cli|app)/',
    ),
    forbid(
      'server-under-cli',
      'the service imports nothing of the cli or the app',
      '^src/server/',
      '^src/(cli|app)/',
    ),
    forbid('app-uses-http', 'the app calls the service over HTTP', '^src/app/', '^src/(server|cli)/'),
    forbid('cli-not-app', 'the cli imports nothing of the app', '^src/cli/', '^src/app/'),
    {
      name: 'core-is-pure',
      comment: 'the core runs in the browser too: no node:* (or other Node built-in) imports',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'app-is-pure',
      comment: 'the app runs in the browser: no Node built-ins; it calls the service over HTTP',
      severity: 'error',
      from: { path: '^src/app/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'features-apart',
      comment:
        'an app feature never imports another feature: what they share goes to src/app/components or src/app/lib',
      severity: 'error',
      from: { path: '^src/app/features/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/app/features/', pathNot: '^src/app/features/$1/' },
    },
    forbid(
      'features-not-page',
      'a feature does not import the page (app.tsx)',
      '^src/app/features/',
      '^src/app/app\\.tsx$',
    ),
    forbid(
      'url-is-lowest',
      'core/url is the lowest layer: it imports no other core folder',
      '^src/core/url/',
      '^src/core/(extract|esp|edit|rules|report|fix|online|input|analyze)',
    ),
    forbid(
      'extract-under-esp',
      'core/extract imports only core/url',
      '^src/core/extract/',
      '^src/core/(esp|edit|rules|report|fix|online|analyze)',
    ),
    forbid(
      'esp-under-rules',
      'core/esp sits under the rules',
      '^src/core/esp/',
      '^src/core/(edit|rules|report|fix|online|analyze)',
    ),
    forbid(
      'edit-under-rules',
      'core/edit (fix building blocks) sits under the rules',
      '^src/core/edit/',
      '^src/core/(rules|report|fix|online|analyze)',
    ),
    forbid(
      'rules-under-report-fix',
      'rules know nothing of report formats, fix-all or analyze',
      '^src/core/rules/',
      '^src/core/(report|fix|analyze|online/(judge|plan-online|check-scope))',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(dist|e2e|node_modules)/' },
  },
};
