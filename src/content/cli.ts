/**
 * Command line for content editors: `npx weerbaar content check [folder]` (or
 * `npm run content:check`) checks the national content, or an organisation overlay when the
 * folder holds one, and prints each problem with file, line, entry and field. Warnings
 * (hard-to-read texts) are printed too but do not fail; the exit code is 1 on any error.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadContent, type ContentProblem } from './load.ts';
import { applyOverlay, isOverlayFolder } from './overlay.ts';

const usage = 'Usage: weerbaar content check [folder]';
const nationalFolder = fileURLToPath(new URL('../../content', import.meta.url));

const args = process.argv.slice(2);
// `weerbaar content check` and `tsx cli.ts check` both end up here.
if (args[0] === 'content') args.shift();
const [command = 'check', folder = 'content', ...extra] = args;

if (command !== 'check' || extra.length > 0) {
  console.error(`Unknown command "${args.join(' ')}". ${usage}`);
  process.exit(2);
}

const overlay = isOverlayFolder(resolve(folder));
const national = loadContent(overlay ? nationalFolder : resolve(folder));
let problems: ContentProblem[] = national.problems;
let warnings: ContentProblem[] = national.warnings;
if (overlay && national.content) {
  const result = applyOverlay(resolve(folder), national.content);
  problems = result.problems;
  warnings = result.warnings;
}

const what = overlay ? `Overlay in ${folder}` : `Content in ${folder}`;
for (const warning of warnings) console.warn(`warning  ${formatProblem(warning)}`);
for (const problem of problems) console.error(`error    ${formatProblem(problem)}`);
const counts = `${problems.length} error(s), ${warnings.length} warning(s)`;
if (problems.length > 0) {
  console.error(`\n${what}: ${counts}. Fix the errors and run the check again.`);
  process.exit(1);
}
console.log(
  warnings.length > 0
    ? `${what}: no errors, ${warnings.length} warning(s) worth a second look.`
    : `${what}: no problems found.`,
);
