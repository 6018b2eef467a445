// Between the checker's positions (1-based lines, code-point columns, BOM not counted) and the
// editor's UTF-16 offsets. CodeMirror splits lines on CRLF as the checker does, so lines agree.
import { offsetOfColumn } from '$lib/playbook/columns';

/** Minimal view of a CodeMirror document. */
export interface LineDoc {
	lines: number;
	line(n: number): { from: number; to: number; text: string };
}

/** The offset in `doc` of `line`:`column` as the checker reports them. */
export function offsetAt(doc: LineDoc, line: number, column: number): number {
	const n = Math.max(1, Math.min(line, doc.lines));
	const l = doc.line(n);
	// The checker drops a leading BOM and does not count it as a column.
	const bom = n === 1 && l.text.charCodeAt(0) === 0xfeff ? 1 : 0;
	return l.from + bom + offsetOfColumn(l.text.slice(bom), column);
}
