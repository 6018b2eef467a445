// Cheap checks that protect the lexer from input no playbook contains: huge files, binary
// data, and lines that nest lists or quotes so deeply that marked would recurse without end.
import * as d from './diagnostics';
import type { Reporter } from './report';

/** Largest file we lex: a 1,000-question playbook is about 150 KB. */
export const MAX_CHARS = 1_000_000;
const MAX_MARKERS = 32;
const MAX_INDENT = 256;
const MARKERS = new RegExp(
	`^[ \\t]*(?:>[ \\t]*|(?:[*+-]|\\d{1,9}[.)])[ \\t]+){${MAX_MARKERS + 1},}`,
	'gm'
);
const INDENT = new RegExp(`^[ \\t]{${MAX_INDENT + 1},}`, 'gm');
// NUL and the C0 controls other than tab, LF, VT, FF, CR; text files do not contain them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

/** Reports a file that is too large or not text; returns false when it must not be lexed. */
export function acceptable(text: string, report: Reporter): boolean {
	if (text.length > MAX_CHARS) {
		report.add(d.file_too_large({ size: text.length, limit: MAX_CHARS }), { start: 0 });
		return false;
	}
	const sample = text.length > 65536 ? text.slice(0, 65536) : text;
	const controls = sample.match(CONTROL)?.length ?? 0;
	const first = sample.search(CONTROL);
	if (sample.includes('\u0000') || controls > sample.length / 100) {
		report.add(d.binary_content({}), { start: Math.max(0, first) });
		return false;
	}
	return true;
}

/**
 * Blanks out lines nested deeper than any playbook needs, keeping every offset in place so
 * positions stay true, and reports each one.
 */
export function flattenDeepLines(text: string, report: Reporter): string {
	const hits: { start: number; end: number; depth: number }[] = [];
	for (const re of [MARKERS, INDENT]) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const end = text.indexOf('\n', m.index);
			const depth = re === MARKERS ? (m[0].match(/[>*+-]|\d[.)]/g)?.length ?? 0) : m[0].length;
			hits.push({ start: m.index, end: end < 0 ? text.length : end, depth });
			re.lastIndex = end < 0 ? text.length : end + 1;
		}
	}
	if (hits.length === 0) return text;
	hits.sort((a, b) => a.start - b.start);
	let out = '';
	let from = 0;
	for (const hit of hits) {
		if (hit.start < from) continue;
		report.add(d.nesting_too_deep({ depth: hit.depth }), { start: hit.start });
		out += text.slice(from, hit.start) + ' '.repeat(hit.end - hit.start);
		from = hit.end;
	}
	return out + text.slice(from);
}
