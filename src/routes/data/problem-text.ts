// An import problem in the UI language: the store reports a stable code, a JSON path and
// params; the rep reads a sentence. An unknown code (added to the store later) still shows as
// its code rather than vanishing.
import type { ImportProblem } from '$lib/db';
import { lookupIn, messageTable } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages.js';

const PROBLEMS = messageTable(
	import.meta.glob('../../lib/paraglide/messages/data_problem_*.js', { eager: true })
);

/** The sentence explaining `problem`. */
export function problemText(problem: ImportProblem): string {
	return lookupIn(PROBLEMS, `data_problem_${problem.code}`, { ...problem.params }) ?? problem.code;
}

/** Where in the file the problem is (`` means the file as a whole). */
export function problemPath(problem: ImportProblem): string {
	return problem.path || m.data_problem_whole_file();
}
