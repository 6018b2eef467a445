// Whatever a trainer (or a corrupted file) throws at it, the parser returns diagnostics that
// point inside the file, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlaybook } from './generate';
import { parsePlaybook } from './parse';
import type { ParseResult } from './types';

const VALID = generatePlaybook({ questions: 24, questionsPerNeed: 4 });
const LINES = VALID.split('\n');

function lineCount(source: string): number {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	return text.split(/\r\n|\r|\n/).length;
}

function assertWellFormed(source: string, result: ParseResult): void {
	const lines = lineCount(source);
	for (const d of result.diagnostics) {
		expect(d.line).toBeGreaterThanOrEqual(1);
		expect(d.line).toBeLessThanOrEqual(lines);
		expect(d.column).toBeGreaterThanOrEqual(1);
		if (d.endLine !== undefined) expect(d.endLine).toBeLessThanOrEqual(lines);
		expect(typeof d.code).toBe('string');
		expect(d.frame).toContain('|');
	}
	if (result.playbook) {
		for (const q of result.playbook.questions) {
			expect(q.line).toBeGreaterThanOrEqual(1);
			expect(q.line).toBeLessThanOrEqual(lines);
		}
	}
}

const junk = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.constantFrom('{#', '{#}', '- ', '  - ', '# ', '---', '：', '> ', '```', '\t', '\u0000', '\r')
);

interface Edit {
	kind: 'delete' | 'duplicate' | 'swap' | 'insert';
	at: number;
	with?: number;
	text?: string;
}

/** A random edit to the lines of a valid playbook. */
const mutation: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: junk })
);

function mutate(lines: string[], edits: Edit[]): string[] {
	const out = [...lines];
	for (const edit of edits) {
		const at = edit.at % Math.max(1, out.length);
		if (edit.kind === 'delete') out.splice(at, 1);
		else if (edit.kind === 'duplicate') out.splice(at, 0, out[at] ?? '');
		else if (edit.kind === 'swap') {
			const other = (edit.with ?? 0) % Math.max(1, out.length);
			[out[at], out[other]] = [out[other], out[at]];
		} else out.splice(at, 0, edit.text ?? '');
	}
	return out;
}

describe('parsePlaybook on arbitrary input', () => {
	it('never throws on random strings and keeps positions inside the file', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })),
				(source) => {
					assertWellFormed(source, parsePlaybook(source));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws on mutated valid playbooks, with LF, CRLF or a BOM', () => {
		fc.assert(
			fc.property(
				fc.array(mutation, { maxLength: 8 }),
				fc.boolean(),
				fc.boolean(),
				(edits, crlf, bom) => {
					let source = mutate(LINES, edits).join(crlf ? '\r\n' : '\n');
					if (bom) source = `\uFEFF${source}`;
					assertWellFormed(source, parsePlaybook(source));
				}
			),
			{ numRuns: 200 }
		);
	});

	it('reports the same positions whatever the line endings', () => {
		fc.assert(
			fc.property(fc.array(mutation, { maxLength: 5 }), (edits) => {
				const lf = mutate(LINES, edits).join('\n');
				// Junk holding a CR would change the line count once LF becomes CRLF.
				fc.pre(!lf.includes('\r'));
				const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
				const key = (r: ParseResult) => r.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
				expect(key(parsePlaybook(crlf))).toEqual(key(parsePlaybook(lf)));
			}),
			{ numRuns: 100 }
		);
	});
});
