// One text as an edit of another: what the page sends the parse worker after the first text,
// instead of the whole text. Copying a 150 KB text to the worker took the page about 2 ms of
// every keystroke (and the worker as long to read it) before the parse could start.

/** `text.slice(0, from) + insert + text.slice(to)` turns the old text into the new one. */
export interface TextEdit {
	from: number;
	to: number;
	insert: string;
}

/** The smallest single replacement that turns `before` into `after` (common ends kept). */
export function textEdit(before: string, after: string): TextEdit {
	const end = Math.min(before.length, after.length);
	let from = 0;
	while (from < end && before.charCodeAt(from) === after.charCodeAt(from)) from++;
	let tail = 0;
	while (
		tail < end - from &&
		before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
	)
		tail++;
	return { from, to: before.length - tail, insert: after.slice(from, after.length - tail) };
}

export function applyEdit(text: string, edit: TextEdit): string {
	return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}
