/**
 * Command line for content editors: `npm run content:check [folder]` checks every content
 * file and prints each problem with file, line, entry and field. Exit code 1 on problems.
 */
import { resolve } from 'node:path';
import { formatProblem, loadContent } from './load.ts';

const [command = 'check', folder = 'content'] = process.argv.slice(2);

if (command !== 'check') {
  console.error(`Unknown command "${command}". Usage: content check [folder]`);
  process.exit(2);
}

const { problems } = loadContent(resolve(folder));
if (problems.length === 0) {
  console.log(`Content in ${folder}: no problems found.`);
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in ${folder}. Fix them and run the check again.`);
  process.exit(1);
}
