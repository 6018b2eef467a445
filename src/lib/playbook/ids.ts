// Item ids: written as `{#id}` at the end of a line or heading, or derived from the text.

// No leading `\s*`: it would rescan long blank runs from every position.
const EXPLICIT = /\{#([^{}]*)\}\s*$/;
const VALID = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}$/u;
const MAX_DERIVED = 48;

export interface IdMark {
	/** The text without the `{#id}` mark, trimmed. */
	text: string;
	id?: string;
	/** Offset of the `{#` inside the given text, when present. */
	at?: number;
}

/** Splits a trailing `{#id}` off a line of text. */
export function splitId(text: string): IdMark {
	const match = text.includes('{#') ? EXPLICIT.exec(text) : null;
	if (!match) return { text: text.trim() };
	return { text: text.slice(0, match.index).trim(), id: match[1].trim(), at: match.index };
}

/** Whether an explicit id is acceptable. */
export function isValidId(id: string): boolean {
	return VALID.test(id);
}

/** Derives an id from text: lower case, letters and digits of any script, others `-`. */
export function deriveId(text: string): string {
	const slug = text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	const chars = Array.from(slug);
	if (chars.length <= MAX_DERIVED) return slug;
	return chars.slice(0, MAX_DERIVED).join('').replace(/-+$/, '');
}

/**
 * Hands out unique ids within one namespace. Explicit ids are claimed first (in a pre-pass) so
 * a derived id never steals one; derived duplicates get `-2`, `-3`, ... in document order.
 */
export class IdSpace {
	readonly #taken = new Map<string, number>();
	// Next suffix to try per base, so a thousand identical texts stay linear.
	readonly #next = new Map<string, number>();

	/** Claims an explicit id; returns the line that already holds it, if any. */
	claim(id: string, line: number): number | undefined {
		const held = this.#taken.get(id);
		if (held !== undefined) return held;
		this.#taken.set(id, line);
		return undefined;
	}

	/** Returns a free id based on `base` and claims it. */
	derive(base: string, line: number): string {
		let id = base;
		let n = this.#next.get(base) ?? 2;
		while (this.#taken.has(id)) id = `${base}-${n++}`;
		this.#next.set(base, n);
		this.#taken.set(id, line);
		return id;
	}
}
