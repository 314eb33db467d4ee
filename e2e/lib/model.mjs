// The model's own answer for a package, from the command-line tool, so browser specs compare
// the page with the model instead of hard-coding verdicts.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `dealscope <command> --format json` with the given extra arguments. */
function tool(command, args) {
  const out = execFileSync('cargo', ['run', '-q', '--bin', 'dealscope', '--', command, '--format', 'json', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** `dealscope evaluate --format json` with the given extra arguments. */
export function modelReport(args) {
  return tool('evaluate', args);
}

/** `dealscope search --format json` with the given extra arguments. */
export function searchReport(args) {
  return tool('search', args);
}

/** { ukraine: 'reject', ... } from a report. */
export function verdictsOf(report) {
  return Object.fromEntries(report.parties.map((p) => [p.id, p.verdict]));
}
