// Helpers for item text: `{#id}` marks, `Label: value` lines and nested detail items.
import type { Block, Detail } from './blocks';
import * as d from './diagnostics';
import type { Draft } from './draft';
import { splitId } from './ids';
import { LABELS, fold, splitList, type Label } from './names';
import type { Reporter, Span } from './report';

type Item = Extract<Block, { type: 'item' }>;

const LABELLED = /^([^:：\n]{1,40}?)[ \t]*[:：][ \t]*/;

export interface Labelled {
	/** The label as written. */
	label: string;
	/** The label folded for lookup. */
	key: string;
	value: string;
	/** Offset of the label and of the value. */
	labelSpan: Span;
	valueStart: number;
}

/** Splits `Label: value`; offsets are valid on the text's first line. */
export function splitLabel(text: string, start: number): Labelled | null {
	const match = LABELLED.exec(text);
	if (!match) return null;
	const label = match[1].trim();
	return {
		label,
		key: fold(label),
		value: text.slice(match[0].length).trim(),
		labelSpan: { start, end: start + label.length },
		valueStart: start + match[0].length
	};
}

/** The item's text and `{#id}` mark: on its first line, or at the very end of its text. */
export function itemText(item: Item): { text: string; id?: string; at?: number } {
	const first = splitId(item.firstLine);
	if (first.id !== undefined) {
		return {
			...first,
			text: (first.text + item.text.slice(item.firstLine.trimEnd().length)).trim()
		};
	}
	const whole = splitId(item.text);
	return whole.id !== undefined ? { ...whole, at: 0 } : { text: item.text };
}

/** Reads the labelled details under an item, reporting labels the section does not use. */
export function readDetails(
	details: Detail[],
	allowed: readonly Label[],
	section: d.DiagnosticSection,
	report: Reporter,
	use: (label: Label, value: string, detail: Detail, parsed: Labelled) => void
): void {
	for (const detail of details) {
		const parsed = splitLabel(detail.text, detail.start);
		if (!parsed) {
			report.add(d.label_missing({ section }), { start: detail.start, end: detail.end });
			continue;
		}
		const label = LABELS.get(parsed.key);
		if (!label || !allowed.includes(label)) {
			report.add(d.label_unknown({ label: parsed.label, section }), parsed.labelSpan);
			continue;
		}
		use(label, parsed.value, detail, parsed);
	}
}

/** Records each comma-separated need id in `value` as a reference to check later. */
export function needRefs(value: string, start: number, draft: Draft): string[] {
	return splitList(value).map(({ part, at }) => {
		draft.needRefs.push({ id: part, start: start + at, end: start + at + part.length });
		return part;
	});
}
