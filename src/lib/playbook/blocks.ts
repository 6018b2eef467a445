// Turns marked's block tokens into a flat list of located blocks: headings, paragraphs and
// top-level list items with their nested detail items. marked's tokens carry `raw` text but no
// positions, so we find each one in the normalised source by walking forward with a cursor.
import { Lexer, type Token, type Tokens } from 'marked';
import { splitChunks } from './chunks';

export interface Detail {
	/** The detail's text, lines joined by spaces. */
	text: string;
	/** Offset of the first character of the text. */
	start: number;
	end: number;
}

export type Block =
	| { type: 'heading'; depth: number; text: string; start: number; end: number }
	| { type: 'paragraph'; text: string; start: number; end: number }
	| {
			type: 'item';
			text: string;
			firstLine: string;
			start: number;
			end: number;
			details: Detail[];
	  };

const MARKER = /^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]*(?:\[[ xX]\][ \t]+)?/;
const HEADING_MARK = /^[ \t]*#{1,6}[ \t]*/;

/** Lexes `body` (starting at `base` in the normalised text) into located blocks. */
export function readBlocks(text: string, base: number, body: string): Block[] {
	// Block tokens only: the parser keeps the trainer's inline markdown as text, so running
	// marked's inline pass (what `marked.lexer` also does) would be wasted work.
	return locateBlocks(text, base, new Lexer({ gfm: true }).blockTokens(body, []));
}

/** Blocks of each piece of the last texts read, offsets from the piece's start. */
let lastPieces = new Map<string, Block[]>();

/**
 * What {@link readBlocks} gives, lexing only the pieces of `body` (see chunks.ts) that the
 * previous calls did not see: the editor re-parses the whole file on every keystroke, and
 * lexing is most of a parse. Pieces of the last call are kept, so memory stays one file's worth.
 */
export function readBlocksReusing(text: string, base: number, body: string): Block[] {
	const next = new Map<string, Block[]>();
	const blocks: Block[] = [];
	let lexer: Lexer | undefined;
	let offset = base;
	for (const piece of splitChunks(body)) {
		let found = next.get(piece) ?? lastPieces.get(piece);
		if (!found) {
			lexer ??= new Lexer({ gfm: true });
			found = locateBlocks(piece, 0, lexer.blockTokens(piece, []));
		}
		next.set(piece, found);
		for (const block of found) blocks.push(shifted(block, offset));
		offset += piece.length;
	}
	lastPieces = next;
	return blocks;
}

/** Drops the kept pieces, so the next read lexes everything (for benchmarks). */
export function forgetPieces(): void {
	lastPieces = new Map();
}

/** A copy of `block` moved by `offset` (kept blocks are never handed out themselves). */
function shifted(block: Block, offset: number): Block {
	const moved = { ...block, start: block.start + offset, end: block.end + offset };
	if (moved.type === 'item')
		moved.details = moved.details.map((d) => ({
			...d,
			start: d.start + offset,
			end: d.end + offset
		}));
	return moved;
}

/** Locates block tokens lexed from the text that starts at `base`. */
export function locateBlocks(text: string, base: number, tokens: Token[]): Block[] {
	const blocks: Block[] = [];
	let cursor = base;
	for (const token of tokens) {
		const start = locate(text, token.raw, cursor);
		if (start < 0) continue;
		cursor = start + (startsAt(text, token.raw, start) ? token.raw.length : 1);
		if (token.type === 'heading') {
			const heading = token as Tokens.Heading;
			const mark = HEADING_MARK.exec(heading.raw)?.[0].length ?? 0;
			const at = start + mark;
			blocks.push({
				type: 'heading',
				depth: heading.depth,
				text: heading.text,
				start: at,
				end: at + firstLine(heading.text).length
			});
		} else if (token.type === 'paragraph') {
			const paragraph = token as Tokens.Paragraph;
			blocks.push({
				type: 'paragraph',
				text: paragraph.text,
				start,
				end: start + trimmedLength(token.raw)
			});
		} else if (token.type === 'list') {
			readItems(text, start, token as Tokens.List, blocks);
		}
	}
	return blocks;
}

function readItems(text: string, listStart: number, list: Tokens.List, out: Block[]): void {
	let cursor = listStart;
	for (const item of list.items) {
		const start = locate(text, item.raw, cursor);
		if (start < 0) continue;
		const end = start + trimmedLength(item.raw);
		cursor = Math.max(cursor + 1, start + item.raw.length);
		const { lead, tokens } = leading(item.tokens);
		const textStart = start + (MARKER.exec(item.raw)?.[0].length ?? 0);
		const details: Detail[] = [];
		let inner = textStart;
		for (const token of tokens) {
			if (token.type !== 'list') continue;
			for (const detail of (token as Tokens.List).items) {
				const at = locateNested(text, detail.raw, inner, end);
				if (at < 0) continue;
				inner = at + 1;
				const detailStart = at + (MARKER.exec(firstLine(detail.raw).trimStart())?.[0].length ?? 0);
				const detailText = leadingText(detail.tokens);
				details.push({
					text: joinLines(detailText),
					start: detailStart,
					end: detailStart + firstLine(detailText).length
				});
			}
		}
		out.push({
			type: 'item',
			text: joinLines(lead),
			firstLine: firstLine(lead),
			start: textStart,
			end,
			details
		});
	}
}

const NESTED_MARKER = /^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]/;

/**
 * The item's leading text and the tokens that follow it. An item that starts with an HTML tag
 * (`- <details>…`) is lexed as one HTML block that swallows its nested list; its text is kept as
 * written (it is only ever shown as text) and the nested list is lexed again from the rest.
 */
function leading(tokens: Token[]): { lead: string; tokens: Token[] } {
	const first = tokens[0];
	if (first?.type !== 'html') return { lead: leadingText(tokens), tokens };
	const lines = first.raw.replace(/\n+$/, '').split('\n');
	const cut = lines.findIndex((line, i) => i > 0 && NESTED_MARKER.test(line));
	const lead = (cut < 0 ? lines : lines.slice(0, cut)).join('\n');
	const rest = cut < 0 ? [] : new Lexer({ gfm: true }).blockTokens(lines.slice(cut).join('\n'), []);
	return { lead, tokens: [...rest, ...tokens.slice(1)] };
}

/** The text of an item's first paragraph (the part before any nested list). */
function leadingText(tokens: Token[]): string {
	const first = tokens[0];
	if (first && (first.type === 'text' || first.type === 'paragraph')) {
		return (first as Tokens.Text | Tokens.Paragraph).text;
	}
	return '';
}

/**
 * Finds `raw` at or after `from`. Nested tokens are lexed from dedented text, so when the whole
 * raw is not found we look for its first line without indentation.
 */
function locate(text: string, raw: string, from: number, limit = text.length): number {
	if (startsAt(text, raw, from)) return from;
	const needle = firstLine(raw).trim();
	if (needle === '') return from <= limit ? from : -1;
	const at = text.indexOf(needle, from);
	return at >= 0 && at <= limit ? at : -1;
}

/**
 * Nested tokens come from dedented text, so only their first line, unindented, can match. We
 * try line starts first (a detail sits on one of the next lines); `indexOf` with a long needle
 * costs a search-table setup per call, which adds up over thousands of details.
 */
function locateNested(text: string, raw: string, from: number, limit: number): number {
	const needle = firstLine(raw).trim();
	if (needle === '') return -1;
	for (let at = from; at <= limit;) {
		let p = at;
		while (p < limit && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
		if (startsAt(text, needle, p)) return p;
		const nl = text.indexOf('\n', p);
		if (nl < 0 || nl >= limit) break;
		at = nl + 1;
	}
	const at = text.indexOf(needle, from);
	return at >= 0 && at <= limit ? at : -1;
}

/** Length of `text` without trailing whitespace, without allocating a trimmed copy. */
function trimmedLength(text: string): number {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
	return end;
}

/**
 * `text.startsWith(part, at)` without its cost: V8 compares character by character there,
 * while comparing a slice is a memory compare, about 100 times faster on 40 KB list tokens.
 */
function startsAt(text: string, part: string, at: number): boolean {
	return text.slice(at, at + part.length) === part;
}

function firstLine(text: string): string {
	const nl = text.indexOf('\n');
	return nl < 0 ? text : text.slice(0, nl);
}

// Split and trim rather than a regex: `[ \t]*\n` backtracks quadratically on long blank runs.
function joinLines(text: string): string {
	if (!text.includes('\n')) return text.trim();
	return text
		.split('\n')
		.map((line) => line.trim())
		.join(' ')
		.trim();
}
