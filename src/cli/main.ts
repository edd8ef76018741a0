#!/usr/bin/env node
/**
 * The CLI entry (report.md "CLI"): argv → typed options → check → output →
 * exit status. Runs under tsx (`npm run cli`) and as the built bundle
 * (dist/node/cli.js, imported by bin/email-link-inspector.js).
 */
import { rules } from '../core/rules';
import { VERSION } from '../core/version';
import { runCheck, type CheckOutcome } from './check-command';
import { runFix } from './fix-command';
import { HELP_TEXT } from './help-text';
import { parseCliArgs } from './parse-args';
import { parseFixArgs } from './parse-fix-args';
import { readSource } from './read-source';

async function main(argv: readonly string[]): Promise<CheckOutcome> {
  if (argv[0] === 'fix' && !argv.includes('--help') && !argv.includes('-h')) return fix(argv.slice(1));
  const parsed = parseCliArgs(
    argv,
    rules.map((r) => r.id),
  );
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${parsed.message}\n` };
  const { command } = parsed;
  if (command.kind === 'help') return { exitCode: 0, stdout: HELP_TEXT, stderr: '' };
  if (command.kind === 'version') return { exitCode: 0, stdout: `${VERSION}\n`, stderr: '' };
  const source = await readSource(command.options.file, process.stdin);
  if (!source.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${source.message}\n` };
  return runCheck(command.options, source, process.env);
}

async function fix(argv: readonly string[]): Promise<CheckOutcome> {
  const parsed = parseFixArgs(argv);
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${parsed.message}\n` };
  const source = await readSource(parsed.options.file, process.stdin);
  if (!source.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${source.message}\n` };
  return runFix(parsed.options, source);
}

function finish(outcome: CheckOutcome): void {
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  // A reader that went away (`| head`) is not our failure: stop quietly.
  process.stdout.on('error', () => process.exit(outcome.exitCode));
  // Exit once stdout is flushed (a pipe may be slower than us); open sockets of online checks must not keep us alive.
  process.stdout.write(outcome.stdout, () => process.exit(outcome.exitCode));
}

/** A bug, not bad input: still one line, no stack trace. */
function crashed(e: unknown): void {
  finish({
    exitCode: 2,
    stdout: '',
    stderr: `email-link-inspector: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
  });
}

// A stray socket error during --online must not print a stack trace either.
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);
main(process.argv.slice(2)).then(finish, crashed);
