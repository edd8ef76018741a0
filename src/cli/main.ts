#!/usr/bin/env node
/**
 * The CLI entry (docs/contracts/report.md "CLI"): argv → typed options → check → output →
 * exit status. Runs under tsx (`npm run cli`) and as the built bundle
 * (dist/node/cli.js, imported by bin/email-link-inspector.js).
 */
import { rules } from '../core/rules';
import { VERSION } from '../core/version';
import type { CheckOutcome } from './check-command';
import { parseCompareArgs, runCompare } from './compare-command';
import { parseRecheckArgs, runRecheck } from './recheck-command';
import { HELP_TEXT } from './help-text';
import { checkCommand, fixCommand } from './many';
import { parseCliArgs } from './parse-args';
import { parseFixArgs } from './parse-fix-args';
import { nodeDataVersions } from './privacy-data';

async function main(argv: readonly string[]): Promise<CheckOutcome> {
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (argv[0] === 'fix' && !wantsHelp) return fix(argv.slice(1));
  if (argv[0] === 'compare' && !wantsHelp) {
    const parsed = parseCompareArgs(argv.slice(1));
    if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${parsed.message}\n` };
    return runCompare(parsed.options, process.stdin);
  }
  if (argv[0] === 'recheck' && !wantsHelp) {
    const parsed = parseRecheckArgs(argv.slice(1));
    if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${parsed.message}\n` };
    return runRecheck(parsed.options, process.env);
  }
  const parsed = parseCliArgs(
    argv,
    rules.map((r) => r.id),
  );
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${parsed.message}\n` };
  const { command } = parsed;
  if (command.kind === 'help') return { exitCode: 0, stdout: HELP_TEXT, stderr: '' };
  if (command.kind === 'version') return { exitCode: 0, stdout: await versionText(), stderr: '' };
  return checkCommand(command.options, process.env, process.stdin);
}

/** The tool's version, then the versions of the privacy data it judges with. */
async function versionText(): Promise<string> {
  const data = await nodeDataVersions();
  return (
    `${VERSION}\n` +
    `@ghostery/trackerdb ${data.trackerdb ?? 'not installed'} (Ghostery tracker database)\n` +
    `@ghostery/adblocker ${data.adblocker ?? 'not installed'} (its engine)\n` +
    `@protontech/tidy-url ${data.tidyUrl ?? 'not installed'} (Proton Mail's link cleaner)\n` +
    `Apple Link Tracking Protection list ${data.appleLinkTrackingProtection}\n`
  );
}

async function fix(argv: readonly string[]): Promise<CheckOutcome> {
  const parsed = parseFixArgs(argv);
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${parsed.message}\n` };
  return fixCommand(parsed.options, process.stdin);
}

function finish(outcome: CheckOutcome): void {
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  // A reader that went away (`| head`) is not our failure: stop quietly.
  process.stdout.on('error', () => process.exit(outcome.exitCode));
  // Exit once stdout is flushed (a pipe may be slower than us); open sockets of online checks must not keep us alive.
  const exit = (): void => process.exit(outcome.exitCode);
  if (!outcome.stdoutChunks) {
    process.stdout.write(outcome.stdout, exit);
    return;
  }
  writeChunks(outcome.stdout, outcome.stdoutChunks).then(
    () => process.stdout.write('', exit),
    () => exit(),
  );
}

/** Writes pieces in batches of about 1 MB, waiting for the reader when the pipe is full. */
async function writeChunks(first: string, chunks: Iterable<string>): Promise<void> {
  let batch: string[] = [first];
  let size = 0;
  const flush = async (): Promise<void> => {
    const text = batch.join('');
    batch = [];
    size = 0;
    if (text !== '' && !process.stdout.write(text)) {
      await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
    }
  };
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) await flush();
  }
  await flush();
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
