// Collects located problems while parsing; nothing stops at the first one.
import type { Problem } from './diagnostics';
import type { SourceText } from './source';
import type { Diagnostic } from './types';

/** A range of normalised offsets in the source text. */
export interface Span {
	start: number;
	end?: number;
}

export class Reporter {
	readonly diagnostics: Diagnostic[] = [];
	readonly #source: SourceText;
	readonly #file: string | undefined;

	constructor(source: SourceText, file?: string) {
		this.#source = source;
		this.#file = file;
	}

	/** Records a problem at a span of the normalised text. */
	add(problem: Problem, at: Span): void {
		const start = this.#source.position(at.start);
		const end =
			at.end !== undefined && at.end > at.start ? this.#source.position(at.end) : undefined;
		const diagnostic: Diagnostic = {
			code: problem.code,
			severity: problem.severity,
			params: problem.params,
			line: start.line,
			column: start.column,
			frame: this.#source.frame(start, end)
		};
		if (this.#file !== undefined) diagnostic.file = this.#file;
		if (problem.fix) diagnostic.fix = problem.fix;
		if (end) {
			diagnostic.endLine = end.line;
			diagnostic.endColumn = end.column;
		}
		this.diagnostics.push(diagnostic);
	}

	/** 1-based line of an offset, for items' `line` fields. */
	line(offset: number): number {
		return this.#source.position(offset).line;
	}
}
