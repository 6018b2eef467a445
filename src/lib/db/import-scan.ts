// First pass over an untrusted transcript: before any field is read, refuse keys that could
// pollute prototypes when copied, strings big enough to exhaust memory and absurd nesting.
import type { ProblemList } from './import-problems';

export const LIMITS = {
	fileChars: 64 * 1024 * 1024,
	string: 20_000,
	playbookText: 2_000_000,
	depth: 16,
	sessions: 10_000,
	eventsPerSession: 100_000
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Only the playbook text itself may be long.
const LONG_STRING_PATH = /^sessions\[\d+\]\.playbook\.text$/;

/** Appends every hostile-shape problem found in `value`; true when it is clean. */
export function scanHostile(value: unknown, problems: ProblemList): boolean {
	const before = problems.items.length;
	walk(value, '', 0, problems);
	return problems.items.length === before;
}

function walk(value: unknown, path: string, depth: number, problems: ProblemList): void {
	if (problems.full) return;
	if (typeof value === 'string') {
		const limit = LONG_STRING_PATH.test(path) ? LIMITS.playbookText : LIMITS.string;
		if (value.length > limit) {
			problems.add('string_too_long', path, `String at ${path} is longer than ${limit}.`, {
				limit,
				length: value.length
			});
		}
		return;
	}
	if (typeof value !== 'object' || value === null) return;
	if (depth > LIMITS.depth) {
		problems.add('nesting_too_deep', path, `Nesting deeper than ${LIMITS.depth} at ${path}.`);
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, problems));
		return;
	}
	for (const key of Object.keys(value)) {
		const child = path ? `${path}.${key}` : key;
		if (FORBIDDEN_KEYS.has(key)) {
			problems.add('key_forbidden', child, `Key "${key}" is not allowed (at ${child}).`, { key });
			continue;
		}
		walk((value as Record<string, unknown>)[key], child, depth + 1, problems);
	}
}
