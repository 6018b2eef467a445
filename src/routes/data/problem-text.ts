// An import problem in the UI language: the store reports a stable code, a JSON path and
// params; the rep reads a sentence. One typed table: a code the store adds without a message
// fails the type check; an unknown code still shows as itself rather than vanishing.
import type { ImportProblem, ImportProblemCode } from '$lib/db';
import { m } from '$lib/paraglide/messages.js';

/** A message that takes the problem's params (typed loosely: the store fills them). */
type WithParams = (inputs: never) => string;

const PROBLEM_TEXT = {
	file_too_large: m.data_problem_file_too_large,
	json_invalid: m.data_problem_json_invalid,
	format_unknown: m.data_problem_format_unknown,
	version_unsupported: m.data_problem_version_unsupported,
	key_forbidden: m.data_problem_key_forbidden,
	string_too_long: m.data_problem_string_too_long,
	nesting_too_deep: m.data_problem_nesting_too_deep,
	too_many_items: m.data_problem_too_many_items,
	field_missing: m.data_problem_field_missing,
	field_unknown: m.data_problem_field_unknown,
	type_invalid: m.data_problem_type_invalid,
	value_invalid: m.data_problem_value_invalid,
	event_invalid: m.data_problem_event_invalid,
	seq_gap: m.data_problem_seq_gap,
	event_unknown_session: m.data_problem_event_unknown_session,
	event_count_mismatch: m.data_problem_event_count_mismatch,
	playbook_hash_mismatch: m.data_problem_playbook_hash_mismatch,
	session_duplicate: m.data_problem_session_duplicate,
	session_conflict: m.data_problem_session_conflict,
	section_newer: m.data_problem_section_newer,
	write_failed: m.data_problem_write_failed
} satisfies Record<ImportProblemCode, WithParams>;

/** The sentence explaining `problem`. */
export function problemText(problem: ImportProblem): string {
	// A code from a newer version of the store (in a file written by it) still shows, as itself.
	if (!Object.hasOwn(PROBLEM_TEXT, problem.code)) return problem.code;
	const text = PROBLEM_TEXT[problem.code] as (params: object) => string;
	return text({ ...problem.params });
}

/** Where in the file the problem is (`` means the file as a whole). */
export function problemPath(problem: ImportProblem): string {
	return problem.path || m.data_problem_whole_file();
}
