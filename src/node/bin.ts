#!/usr/bin/env node
/**
 * `dossier-widgets` (package.json `bin`): runs the command line and exits with its code. Every
 * expected failure is one line on stderr; an unexpected one is too, never a stack trace.
 */
import { EXIT, main } from './cli.js';

// `dossier-widgets validate feed.json | head` closes the pipe early: not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`dossier-widgets: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = EXIT.unreadable;
}
