// Columns count code points (as editors do) and carets sit under the problem as a terminal draws
// the line: CJK and emoji two cells wide, CRLF line ends invisible.
import { describe, expect, it } from 'vitest';
import { cellWidth, codePointsBetween, displayWidth, offsetOfColumn } from './columns';
import { parsePlaybook } from './parse';
import { SourceText } from './source';

const HEAD = '---\nid: t\ntitle: T\nlocale: zh-CN\nversion: 1\noffer: o\n---\n\n';

function caretLine(frame: string): { line: string; caret: string } {
	const lines = frame.split('\n');
	const i = lines.findIndex((l) => /^\s*\| *\^/.test(l));
	return { line: lines[i - 1], caret: lines[i] };
}

/** The display column where the caret starts, and the display width of the text above it. */
function caretUnder(frame: string, needle: string): { caretAt: number; textAt: number } {
	const { line, caret } = caretLine(frame);
	const caretAt = caret.indexOf('^');
	const prefix = line.slice(0, line.indexOf(needle));
	return { caretAt, textAt: displayWidth(prefix) };
}

describe('cell widths', () => {
	it('counts CJK, full-width punctuation and emoji as two cells, combining marks as none', () => {
		expect(cellWidth('a')).toBe(1);
		expect(cellWidth('需')).toBe(2);
		expect(cellWidth('：')).toBe(2);
		expect(cellWidth('😀')).toBe(2);
		expect(cellWidth('\u0301')).toBe(0);
		expect(displayWidth('需求 a😀')).toBe(2 + 2 + 1 + 1 + 2);
	});

	it('counts code points, not UTF-16 units', () => {
		const text = 'a😀b';
		expect(text.length).toBe(4);
		expect(codePointsBetween(text, 0, text.length)).toBe(3);
		expect(offsetOfColumn(text, 3)).toBe(3);
	});
});

describe('diagnostic columns and carets', () => {
	const body = (line: string) =>
		`${HEAD}## 需求\n\n- 停机 {#downtime}\n\n## 难点问题\n\n- 停机多吗？\n  ${line}\n`;

	it('puts the column and the caret under an unknown id after Chinese text', () => {
		const { diagnostics } = parsePlaybook(body('- 需求：downtime，停机问题'));
		const d = diagnostics.find((x) => x.code === 'need_unknown');
		expect(d?.params?.id).toBe('停机问题');
		// `  - 需求：downtime，` is 16 code points before the id.
		expect(d?.column).toBe(17);
		const { caretAt, textAt } = caretUnder(d?.frame ?? '', '停机问题');
		expect(caretAt).toBe(textAt);
		expect(caretLine(d?.frame ?? '').caret.match(/\^+/)?.[0]).toBe('^'.repeat(8));
	});

	it('counts an emoji as one column and two caret cells', () => {
		const { diagnostics } = parsePlaybook(body('- Need: 😀downtime, dwntime'));
		const d = diagnostics.find((x) => x.code === 'need_unknown' && x.params?.id === 'dwntime');
		expect(d?.column).toBe('  - Need: 😀downtime, '.length);
		const { caretAt, textAt } = caretUnder(d?.frame ?? '', 'dwntime');
		expect(caretAt).toBe(textAt);
	});

	it('reports the same columns and frames for CRLF files', () => {
		const lf = parsePlaybook(body('- 需求：downtime，停机问题')).diagnostics;
		const crlf = parsePlaybook(
			body('- 需求：downtime，停机问题').replace(/\n/g, '\r\n')
		).diagnostics;
		expect(crlf.map((d) => [d.line, d.column, d.frame])).toEqual(
			lf.map((d) => [d.line, d.column, d.frame])
		);
	});

	it('cuts a long line by code points and keeps the caret under the column', () => {
		const source = new SourceText(`${'😀'.repeat(80)}X${'需'.repeat(80)}`);
		const frame = source.frame({ line: 1, column: 81 }, { line: 1, column: 82 });
		const { caretAt, textAt } = caretUnder(frame, 'X');
		expect(caretAt).toBe(textAt);
		expect(frame).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
	});
});
