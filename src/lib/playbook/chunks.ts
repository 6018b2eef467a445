// Cuts a playbook's markdown body into pieces that marked lexes the same apart as together, so
// the editor's parse on every keystroke re-lexes only the piece that changed (blocks.ts keeps
// the rest from the previous parse). A piece starts at a heading at the start of a line, or at
// a new top-level bullet once the piece has grown past `SOFT_LIMIT`; never inside a fenced code
// block or an HTML block (where such a line is not what it seems). The cut is conservative: a
// line it is unsure about just stays inside the current piece.

/** A piece may end at a top-level bullet once it is this long (characters). */
export const SOFT_LIMIT = 2048;

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const BULLET = /^[-*+][ \t]+\S/;
const RULE = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML = /^ {0,3}</;
/** HTML blocks that run to a terminator rather than to a blank line (CommonMark types 1–5). */
const HTML_UNTIL: [RegExp, RegExp][] = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
	[/^ {0,3}<!--/, /-->/],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<![A-Za-z]/, />/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/]
];

/** `body` cut into pieces that join back into it, each starting at a line start. */
export function splitChunks(body: string): string[] {
	const pieces: string[] = [];
	let pieceStart = 0;
	let fence: string | null = null;
	// Inside an HTML block: the terminator it runs to, or `blank` for one that ends at a blank line.
	let html: RegExp | 'blank' | null = null;
	// Set once the cut can no longer be sure what a line is: the rest stays one piece.
	let unsure = false;
	for (let at = 0; at < body.length;) {
		const nl = body.indexOf('\n', at);
		const end = nl < 0 ? body.length : nl + 1;
		const line = body.slice(at, nl < 0 ? body.length : nl);
		if (fence !== null) {
			const close = FENCE.exec(line);
			if (
				close &&
				close[1][0] === fence[0] &&
				close[1].length >= fence.length &&
				line.trim() === close[0].trim()
			)
				fence = null;
		} else if (html !== null) {
			// A block that ends at a blank line may really be a paragraph's lazy line (a lone tag
			// cannot interrupt a paragraph): a fence or a terminated HTML block inside it would then
			// be real and outlive the blank line. Which it is depends on context not tracked here.
			if (html === 'blank' && (FENCE.test(line) || HTML_UNTIL.some(([start]) => start.test(line))))
				unsure = true;
			if (html === 'blank' ? line.trim() === '' : html.test(line)) html = null;
		} else {
			const cut =
				!unsure &&
				at > pieceStart &&
				(HEADING.test(line) ||
					(at - pieceStart >= SOFT_LIMIT && BULLET.test(line) && !RULE.test(line)));
			if (cut) {
				pieces.push(body.slice(pieceStart, at));
				pieceStart = at;
			}
			const open = FENCE.exec(line);
			if (open) fence = open[1];
			else if (HTML.test(line)) {
				const until = HTML_UNTIL.find(([start]) => start.test(line));
				html = until
					? until[1].test(line.slice(line.indexOf('<') + 2))
						? null
						: until[1]
					: 'blank';
			}
		}
		at = end;
	}
	if (pieceStart < body.length || pieces.length === 0) pieces.push(body.slice(pieceStart));
	return pieces;
}
