// What an import can find wrong with a file. Each problem names a stable `code` (translated by
// the UI), the JSON `path` of the offending value and a developer-facing English `message`.

export const IMPORT_PROBLEM_CODES = [
	'file_too_large',
	'json_invalid',
	'format_unknown',
	'version_unsupported',
	'key_forbidden',
	'string_too_long',
	'nesting_too_deep',
	'too_many_items',
	'field_missing',
	'field_unknown',
	'type_invalid',
	'value_invalid',
	'event_invalid',
	'seq_gap',
	'event_unknown_session',
	'event_count_mismatch',
	'playbook_hash_mismatch',
	'session_duplicate',
	'session_conflict',
	'section_newer',
	'write_failed'
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
	code: ImportProblemCode;
	/** JSON path like `sessions[0].events[3].seq`; `` for the whole file. */
	path: string;
	message: string;
	params?: Record<string, string | number>;
}

/** Collects problems up to a cap, so a hostile file cannot make a huge error list. */
export class ProblemList {
	static readonly MAX = 50;
	readonly items: ImportProblem[] = [];

	add(code: ImportProblemCode, path: string, message: string, params?: ImportProblem['params']) {
		if (this.items.length < ProblemList.MAX) {
			const problem: ImportProblem = { code, path, message };
			if (params) problem.params = params;
			this.items.push(problem);
		}
	}

	get full(): boolean {
		return this.items.length >= ProblemList.MAX;
	}
}
