// Items of the Buyer section: replies, raised objections and acceptances, each keyed by the id
// of the question, objection or advance it answers; then the buyer as a person: how many
// implication questions make each need felt (Awareness), how long they bear a poor call
// (Patience) and their own words for the generic moments (Lines). All of it optional.
import type { Block } from './blocks';
import * as d from './diagnostics';
import { idRequest, type Draft, type Place } from './draft';
import { needRefs, readDetails, splitLabel, type Labelled, type itemText } from './details';
import {
	CLOSING,
	CONDITION_STATES,
	LINE_KEYS,
	PATIENCE_KEYS,
	TRIGGERS,
	YES_NO,
	fold,
	splitList
} from './names';
import type { Reporter, Span } from './report';
import {
	DEFAULT_PATIENCE,
	type AcceptCondition,
	type BuyerAcceptance,
	type BuyerObjection,
	type BuyerPatience,
	type BuyerScript,
	type ObjectionTrigger
} from './types';

type Item = Extract<Block, { type: 'item' }>;
type Mark = ReturnType<typeof itemText>;

const PARTS = ['replies', 'raises', 'accepts', 'awareness', 'patience', 'lines'];

/** Reads one item under a Buyer sub-heading. */
export function readBuyerItem(
	item: Item,
	mark: Mark,
	place: Place,
	draft: Draft,
	report: Reporter,
	span: Span
): void {
	const buyer = draft.buyer;
	if (!buyer || place.part === null || !PARTS.includes(place.part)) {
		return void report.add(d.item_outside_section({ reason: 'no_buyer_part', heading: '' }), span);
	}
	const parsed = splitLabel(mark.text, item.start);
	if (!parsed || parsed.label === '')
		return void report.add(d.label_missing({ section: 'buyer' }), span);
	switch (place.part) {
		case 'replies':
			return readReply(item, mark, parsed, draft, report, span);
		case 'raises':
			return readRaise(item, mark, parsed, draft, report, span);
		case 'accepts':
			return readAccept(item, mark, parsed, draft, report, span);
		case 'awareness':
			return readAwareness(item, parsed, buyer, draft, report);
		case 'patience':
			return readPatience(item, parsed, buyer, report);
		default:
			return readLine(item, parsed, buyer, report);
	}
}

function readReply(
	item: Item,
	mark: Mark,
	p: Labelled,
	draft: Draft,
	report: Reporter,
	span: Span
) {
	const reply = {
		id: '',
		line: report.line(item.start),
		text: p.value,
		reveals: [] as string[],
		states: [] as string[]
	};
	readDetails(item.details, ['reveals', 'states'], 'replies', report, (label, value, _, q) => {
		(label === 'reveals' ? reply.reveals : reply.states).push(
			...needRefs(value, q.valueStart, draft)
		);
	});
	draft.buyer!.replies.push(reply);
	draft.replies.push({ entry: reply, key: p.label, span: p.labelSpan });
	draft.ids.push(idRequest(reply, mark, item.start, span, 'buyer', `reply-${p.label}`));
}

function readRaise(
	item: Item,
	mark: Mark,
	p: Labelled,
	draft: Draft,
	report: Reporter,
	span: Span
) {
	const raised: BuyerObjection = {
		id: '',
		line: report.line(item.start),
		objectionId: p.label,
		text: p.value,
		after: [] as ObjectionTrigger[],
		cards: [],
		blocks: []
	};
	const allowed = ['after', 'cards', 'blocks'] as const;
	readDetails(item.details, allowed, 'raises', report, (label, value, _, q) => {
		for (const { part, at: offset } of splitList(value)) {
			const at = q.valueStart + offset;
			const ref = { id: part, start: at, end: at + part.length };
			if (label === 'cards') {
				raised.cards!.push(part);
				draft.cardRefs.push(ref);
			} else if (label === 'blocks') {
				raised.blocks!.push(part);
				draft.blockRefs.push(ref);
			} else {
				const trigger = TRIGGERS.get(fold(part));
				if (trigger) raised.after.push(trigger);
				else report.add(d.trigger_unknown({ value: part }), ref);
			}
		}
	});
	if (raised.after.length === 0) raised.after.push('any');
	draft.buyer!.objections.push(raised);
	draft.raises.push({ entry: raised, key: p.label, span: p.labelSpan });
	draft.ids.push(idRequest(raised, mark, item.start, span, 'buyer', `raise-${p.label}`));
}

function readAccept(
	item: Item,
	mark: Mark,
	p: Labelled,
	draft: Draft,
	report: Reporter,
	span: Span
) {
	const accept: BuyerAcceptance = {
		id: '',
		line: report.line(item.start),
		advanceId: p.label,
		text: p.value,
		when: [] as AcceptCondition[],
		resolved: [],
		involves: []
	};
	const allowed = ['when', 'otherwise', 'resolved', 'involves', 'firstCall'] as const;
	readDetails(item.details, allowed, 'accepts', report, (label, value, _, q) => {
		if (label === 'otherwise') accept.otherwise = value;
		else if (label === 'when') accept.when.push(...conditions(value, q.valueStart, draft, report));
		else if (label === 'involves') accept.involves!.push(...splitList(value).map((x) => x.part));
		else if (label === 'resolved') {
			for (const { part, at } of splitList(value)) {
				accept.resolved!.push(part);
				const start = q.valueStart + at;
				draft.resolvedRefs.push({ id: part, start, end: start + part.length });
			}
		} else {
			const answer = YES_NO.get(fold(value));
			if (answer) accept.firstCall = answer === 'yes';
			else report.add(d.first_call_invalid({ value }), valueSpan(q, value));
		}
	});
	draft.buyer!.accepts.push(accept);
	draft.accepts.push({ entry: accept, key: p.label, span: p.labelSpan });
	draft.ids.push(idRequest(accept, mark, item.start, span, 'buyer', `accept-${p.label}`));
}

// `- need-id: 2`, optionally with `- Deflect: what the buyer says before the need is felt`.
function readAwareness(
	item: Item,
	p: Labelled,
	buyer: BuyerScript,
	draft: Draft,
	report: Reporter
) {
	const start = p.labelSpan.start;
	draft.needRefs.push({ id: p.label, start, end: p.labelSpan.end });
	const count = wholeNumber(p.value, 1, 9);
	if (count === null) report.add(d.awareness_count_invalid({ value: p.value }), valueSpan(p));
	const entry: NonNullable<BuyerScript['awareness']>[number] = {
		id: p.label,
		line: report.line(item.start),
		needId: p.label,
		implications: count ?? 1
	};
	readDetails(item.details, ['deflect'], 'awareness', report, (_, value) => {
		entry.deflect = value;
	});
	(buyer.awareness ??= []).push(entry);
}

// `- start: 5`, `- situation: 3`, `- close: what the buyer says` (+ `- Outcome: no-sale`).
function readPatience(item: Item, p: Labelled, buyer: BuyerScript, report: Reporter) {
	const patience: BuyerPatience = (buyer.patience ??= { ...DEFAULT_PATIENCE });
	const key = PATIENCE_KEYS.get(p.key);
	if (!key) {
		report.add(d.patience_key_unknown({ key: p.label }), p.labelSpan);
	} else if (key === 'close') {
		patience.close = p.value;
		readDetails(item.details, ['outcome'], 'patience', report, (_, value, __, q) => {
			const outcome = CLOSING.get(fold(value));
			if (outcome) patience.closeOutcome = outcome;
			else report.add(d.outcome_invalid({ value }), valueSpan(q, value));
		});
		return;
	} else {
		const [min, max] = key === 'start' ? [1, 20] : [0, 20];
		const value = wholeNumber(p.value, min, max);
		if (value === null)
			report.add(d.patience_value_invalid({ value: p.value, min, max }), valueSpan(p));
		else patience[key] = value;
	}
	readDetails(item.details, [], 'patience', report, () => {});
}

// `- unclear: ...`, `- deflect: ...`, `- support: ...`.
function readLine(item: Item, p: Labelled, buyer: BuyerScript, report: Reporter) {
	const key = LINE_KEYS.get(p.key);
	if (key) (buyer.lines ??= {})[key] = p.value;
	else report.add(d.line_key_unknown({ key: p.label }), p.labelSpan);
	readDetails(item.details, [], 'lines', report, () => {});
}

function wholeNumber(value: string, min: number, max: number): number | null {
	const folded = value.normalize('NFKC').trim();
	if (!/^\d{1,3}$/.test(folded)) return null;
	const n = Number(folded);
	return n >= min && n <= max ? n : null;
}

function valueSpan(p: Labelled, value = p.value): Span {
	return { start: p.valueStart, end: p.valueStart + Math.max(1, value.length) };
}

/** Parses `need-id explicit, other met` into conditions, reporting malformed ones. */
function conditions(
	value: string,
	start: number,
	draft: Draft,
	report: Reporter
): AcceptCondition[] {
	const out: AcceptCondition[] = [];
	for (const { part, at: offset } of splitList(value)) {
		const at = start + offset;
		const words = part.split(/\s+/);
		const state = words.length === 2 ? CONDITION_STATES.get(fold(words[1])) : undefined;
		if (!state) {
			report.add(d.condition_invalid({ value: part }), { start: at, end: at + part.length });
			continue;
		}
		draft.needRefs.push({ id: words[0], start: at, end: at + words[0].length });
		out.push({ needId: words[0], state });
	}
	return out;
}
