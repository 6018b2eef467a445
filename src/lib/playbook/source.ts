// The playbook text as the parser sees it, plus the way back to the trainer's file.
// marked turns CRLF and lone CR into LF, so we normalise the same way before lexing and keep
// every offset in the normalised text. Line breaks stay one per line, so a line number in the
// normalised text is the line number in the original file; a leading BOM is dropped and not
// counted as a column (editors do not show it either). Columns count code points, as editors do;
// the caret in a code frame is placed by display width, as a terminal draws the line.
import { codePointsBetween, displayWidth, offsetOfColumn } from './columns';

export interface Position {
	line: number;
	column: number;
}

const FRAME_WIDTH = 100;

export class SourceText {
	readonly text: string;
	readonly hadBom: boolean;
	readonly hadCarriageReturns: boolean;
	readonly #lineStarts: number[];

	constructor(original: string) {
		let text = original;
		this.hadBom = text.charCodeAt(0) === 0xfeff;
		if (this.hadBom) text = text.slice(1);
		this.hadCarriageReturns = text.includes('\r');
		if (this.hadCarriageReturns) text = text.replace(/\r\n?/g, '\n');
		this.text = text;
		const starts = [0];
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		this.#lineStarts = starts;
	}

	get lineCount(): number {
		return this.#lineStarts.length;
	}

	/** 1-based line and column of a normalised offset (clamped into the text). */
	position(offset: number): Position {
		const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, this.text.length));
		const starts = this.#lineStarts;
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= at) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: codePointsBetween(this.text, starts[lo], at) + 1 };
	}

	/** Offset where a 1-based line starts. */
	lineStart(line: number): number {
		return this.#lineStarts[Math.max(0, Math.min(line - 1, this.#lineStarts.length - 1))];
	}

	/** The text of a 1-based line, without its line break. */
	lineText(line: number): string {
		if (line < 1 || line > this.#lineStarts.length) return '';
		const start = this.#lineStarts[line - 1];
		const next = line < this.#lineStarts.length ? this.#lineStarts[line] - 1 : this.text.length;
		return this.text.slice(start, next);
	}

	/** A short code frame: the line before, the line, the line after, and a caret. */
	frame(start: Position, end?: Position): string {
		const first = Math.max(1, start.line - 1);
		const last = Math.min(this.lineCount, start.line + 1);
		const gutter = String(last).length;
		// Long lines (minified junk, a 5 MB single line) are cut to a window around the column,
		// counted in code points so a window never splits an emoji.
		const from = Math.max(0, start.column - 1 - FRAME_WIDTH / 2) + 1;
		const out: string[] = [];
		for (let line = first; line <= last; line++) {
			const whole = this.lineText(line);
			const cut = offsetOfColumn(whole, from);
			const text = whole
				.slice(cut, cut + offsetOfColumn(whole.slice(cut), FRAME_WIDTH + 1))
				.replace(/\t/g, ' ');
			if (line > start.line && text.trim() === '') break;
			out.push(`${String(line).padStart(gutter)} | ${text}`.trimEnd());
			if (line === start.line) {
				const caretAt = offsetOfColumn(text, start.column - from + 1);
				const endAt =
					end && end.line === start.line && end.column > start.column
						? offsetOfColumn(text, end.column - from + 1)
						: caretAt;
				const width = Math.max(1, displayWidth(text.slice(caretAt, endAt)));
				const pad = ' '.repeat(displayWidth(text.slice(0, caretAt)));
				out.push(`${' '.repeat(gutter)} | ${pad}${'^'.repeat(width)}`);
			}
		}
		return out.join('\n');
	}
}
