// Items of the Buyer section: replies, raised objections and acceptances, each keyed by the id
// of the question, objection or advance it answers.
import type { Block } from './blocks';
import * as d from './diagnostics';
import { idRequest, type Draft, type Place } from './draft';
import { needRefs, readDetails, splitLabel, type itemText } from './details';
import { CONDITION_STATES, TRIGGERS, fold, splitList } from './names';
import type { Reporter, Span } from './report';
import type { AcceptCondition, ObjectionTrigger } from './types';

type Item = Extract<Block, { type: 'item' }>;

/** Reads one item under Replies, Raises or Accepts. */
export function readBuyerItem(
	item: Item,
	mark: ReturnType<typeof itemText>,
	place: Place,
	draft: Draft,
	report: Reporter,
	span: Span
): void {
	const buyer = draft.buyer;
	if (!buyer || place.part === null || !['replies', 'raises', 'accepts'].includes(place.part)) {
		return void report.add(d.item_outside_section({ reason: 'no_buyer_part', heading: '' }), span);
	}
	const parsed = splitLabel(mark.text, item.start);
	if (!parsed || parsed.label === '')
		return void report.add(d.label_missing({ section: 'buyer' }), span);
	const line = report.line(item.start);
	const key = parsed.label;
	const keySpan = parsed.labelSpan;
	if (place.part === 'replies') {
		const reply = {
			id: '',
			line,
			text: parsed.value,
			reveals: [] as string[],
			states: [] as string[]
		};
		readDetails(item.details, ['reveals', 'states'], 'replies', report, (label, value, _, p) => {
			(label === 'reveals' ? reply.reveals : reply.states).push(
				...needRefs(value, p.valueStart, draft)
			);
		});
		buyer.replies.push(reply);
		draft.replies.push({ entry: reply, key, span: keySpan });
		draft.ids.push(idRequest(reply, mark, item.start, span, 'buyer', `reply-${key}`));
	} else if (place.part === 'raises') {
		const raised = {
			id: '',
			line,
			objectionId: key,
			text: parsed.value,
			after: [] as ObjectionTrigger[]
		};
		readDetails(item.details, ['after'], 'raises', report, (_, value, __, p) => {
			for (const { part, at: offset } of splitList(value)) {
				const trigger = TRIGGERS.get(fold(part));
				if (trigger) raised.after.push(trigger);
				else {
					const at = p.valueStart + offset;
					report.add(d.trigger_unknown({ value: part }), { start: at, end: at + part.length });
				}
			}
		});
		if (raised.after.length === 0) raised.after.push('any');
		buyer.objections.push(raised);
		draft.raises.push({ entry: raised, key, span: keySpan });
		draft.ids.push(idRequest(raised, mark, item.start, span, 'buyer', `raise-${key}`));
	} else {
		const accept = {
			id: '',
			line,
			advanceId: key,
			text: parsed.value,
			when: [] as AcceptCondition[]
		} as {
			id: string;
			line: number;
			advanceId: string;
			text: string;
			when: AcceptCondition[];
			otherwise?: string;
		};
		readDetails(item.details, ['when', 'otherwise'], 'accepts', report, (label, value, _, p) => {
			if (label === 'otherwise') accept.otherwise = value;
			else accept.when.push(...conditions(value, p.valueStart, draft, report));
		});
		buyer.accepts.push(accept);
		draft.accepts.push({ entry: accept, key, span: keySpan });
		draft.ids.push(idRequest(accept, mark, item.start, span, 'buyer', `accept-${key}`));
	}
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
