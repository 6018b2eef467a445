// Columns as editors and terminals show them. An editor counts code points (an emoji is one
// column, not two UTF-16 units); a terminal draws East Asian wide characters and emoji two cells
// wide and combining marks in none, so a caret under them needs display widths, not lengths.

const WIDE: readonly [number, number][] = [
	[0x1100, 0x115f],
	[0x231a, 0x231b],
	[0x2329, 0x232a],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xa960, 0xa97f],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe10, 0xfe19],
	[0xfe30, 0xfe6f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x1f300, 0x1f64f],
	[0x1f900, 0x1f9ff],
	[0x20000, 0x3fffd]
];
const ZERO = /^[\p{Mn}\p{Me}\u200b-\u200f\ufe00-\ufe0f]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** Cells a terminal uses to draw one code point: 0, 1 or 2. */
export function cellWidth(char: string): number {
	const cp = char.codePointAt(0) ?? 0;
	if (cp < 0x300) return cp < 0x20 ? 0 : 1;
	if (ZERO.test(char)) return 0;
	for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
	return EMOJI.test(char) ? 2 : 1;
}

/** Cells a terminal uses to draw `text` (tabs count as one, as the frame prints them). */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += char === '\t' ? 1 : cellWidth(char);
	return width;
}

/** Code points in `text` between UTF-16 offsets `from` and `to`. */
export function codePointsBetween(text: string, from: number, to: number): number {
	let count = to - from;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		// A low surrogate after a high one is the second half of one code point.
		if (c >= 0xdc00 && c <= 0xdfff && i > from) {
			const prev = text.charCodeAt(i - 1);
			if (prev >= 0xd800 && prev <= 0xdbff) count--;
		}
	}
	return count;
}

/** The UTF-16 offset in `line` of 1-based code point column `column` (clamped). */
export function offsetOfColumn(line: string, column: number): number {
	let offset = 0;
	for (let col = 1; col < column && offset < line.length; col++) {
		const c = line.charCodeAt(offset);
		offset += c >= 0xd800 && c <= 0xdbff && offset + 1 < line.length ? 2 : 1;
	}
	return offset;
}
