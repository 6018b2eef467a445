// One top-level list item, read according to the section it sits in.
import type { Block } from './blocks';
import * as d from './diagnostics';
import type { OutsideReason } from './diagnostics';
import { idRequest, type Draft, type Place } from './draft';
import { itemText, needRefs, readDetails, splitLabel, type Labelled } from './details';
import { ADVANCES, LABELS, QUALITIES, fold } from './names';
import type { Reporter, Span } from './report';
import { readBuyerItem } from './buyer';
import type { CapabilityCard, Objection, ObjectionAnswer, SpinType } from './types';

type Item = Extract<Block, { type: 'item' }>;

/** Reads one top-level item into the draft. */
export function readItem(item: Item, place: Place, draft: Draft, report: Reporter): void {
	const span = { start: item.start, end: item.start + item.firstLine.length };
	const outside = (reason: OutsideReason) =>
		report.add(d.item_outside_section({ reason, heading: place.heading }), span);
	const { section } = place;
	if (section === null || section === 'investigating') return outside(place.outside);
	const line = report.line(item.start);
	const mark = itemText(item);
	if (mark.text === '' && section !== 'buyer') return report.add(d.text_empty({}), span);
	switch (section) {
		case 'opening': {
			const move = { id: '', line, text: mark.text, hints: [] as string[] };
			readDetails(item.details, ['hint'], 'opening', report, (_, value) => move.hints.push(value));
			draft.body.opening.push(move);
			draft.ids.push(idRequest(move, mark, item.start, span, 'main'));
			return;
		}
		case 'needs': {
			const need = { id: '', line, text: mark.text };
			readDetails(item.details, [], 'needs', report, () => {});
			draft.body.needs.push(need);
			draft.ids.push(idRequest(need, mark, item.start, span, 'main'));
			return;
		}
		case 'capability':
			return readCardLine(item, mark.text, draft, report, span);
		case 'objections':
			return readObjectionLine(item, mark, draft, report, span);
		case 'commitment':
			return readCommitmentItem(item, mark, place, draft, report, span);
		case 'buyer':
			return readBuyerItem(item, mark, place, draft, report, span);
		default:
			return readQuestion(item, mark, section, draft, report, span);
	}
}

function readQuestion(
	item: Item,
	mark: ReturnType<typeof itemText>,
	type: SpinType,
	draft: Draft,
	report: Reporter,
	span: Span
): void {
	const question = {
		id: '',
		line: report.line(item.start),
		type,
		text: mark.text,
		hints: [] as string[],
		followUps: [] as string[],
		needIds: [] as string[]
	};
	readDetails(
		item.details,
		['hint', 'followUp', 'need'],
		'questions',
		report,
		(label, value, _, p) => {
			if (label === 'hint') question.hints.push(value);
			else if (label === 'followUp') question.followUps.push(value);
			else question.needIds.push(...needRefs(value, p.valueStart, draft));
		}
	);
	draft.body.questions.push(question);
	draft.ids.push(idRequest(question, mark, item.start, span, 'main'));
}

function readCardLine(item: Item, text: string, draft: Draft, report: Reporter, span: Span): void {
	const current = draft.cards.at(-1);
	if (!current)
		return void report.add(d.item_outside_section({ reason: 'no_card', heading: '' }), span);
	const parsed = splitLabel(text, item.start);
	if (!parsed) return void report.add(d.label_missing({ section: 'capability' }), span);
	const label = LABELS.get(parsed.key);
	const fields: Record<string, keyof CapabilityCard> = {
		feature: 'feature',
		advantage: 'advantage',
		benefit: 'benefit'
	};
	if (label === 'meets') {
		current.card.needIds.push(...needRefs(parsed.value, parsed.valueStart, draft));
	} else if (label && label in fields) {
		if (current.seen.has(label))
			report.add(d.label_duplicate({ label: parsed.label }), parsed.labelSpan);
		current.seen.add(label);
		(current.card[fields[label]] as string) = parsed.value;
	} else {
		report.add(d.label_unknown({ label: parsed.label, section: 'capability' }), parsed.labelSpan);
	}
}

function readObjectionLine(
	item: Item,
	mark: ReturnType<typeof itemText>,
	draft: Draft,
	report: Reporter,
	span: Span
): void {
	const current = draft.objections.at(-1);
	if (!current)
		return void report.add(d.item_outside_section({ reason: 'no_objection', heading: '' }), span);
	const parsed = splitLabel(mark.text, item.start);
	if (!parsed) return void report.add(d.label_missing({ section: 'objections' }), span);
	const label = LABELS.get(parsed.key);
	if (label === 'answer') readAnswer(item, mark, parsed, current.objection, draft, report, span);
	else if (label === 'cause') current.objection.causes.push(parsed.value);
	else if (label === 'competitor') readCompetitor(parsed, current.objection, draft, report);
	else
		report.add(d.label_unknown({ label: parsed.label, section: 'objections' }), parsed.labelSpan);
}

// `- Competitor: name`: checked against the front matter's `competitors` list after the walk.
function readCompetitor(
	parsed: Labelled,
	objection: Objection,
	draft: Draft,
	report: Reporter
): void {
	if (parsed.value === '') return void report.add(d.competitor_empty({}), parsed.labelSpan);
	const ref = { objection, name: parsed.value, start: parsed.valueStart };
	const at = { ...ref, end: ref.start + parsed.value.length };
	if (objection.competitor !== undefined) {
		// One competitor per objection: the last one wins, as with a card's parts.
		report.add(d.label_duplicate({ label: parsed.label }), parsed.labelSpan);
		const earlier = draft.competitorRefs.findIndex((r) => r.objection === objection);
		draft.competitorRefs[earlier] = at;
	} else draft.competitorRefs.push(at);
	objection.competitor = parsed.value;
}

// `- Answer: text {#id}` with optional `Quality: strong|weak` and `Reply: the buyer's words`.
function readAnswer(
	item: Item,
	mark: ReturnType<typeof itemText>,
	parsed: Labelled,
	objection: Objection,
	draft: Draft,
	report: Reporter,
	span: Span
): void {
	objection.answers.push(parsed.value);
	const option: ObjectionAnswer = { id: '', line: report.line(item.start), text: parsed.value };
	readDetails(item.details, ['quality', 'reply'], 'objections', report, (label, value, _, p) => {
		if (label === 'reply') return void (option.reply = value);
		const quality = QUALITIES.get(fold(value));
		if (quality) option.quality = quality;
		else
			report.add(d.answer_quality_invalid({ value }), {
				start: p.valueStart,
				end: p.valueStart + Math.max(1, value.length)
			});
	});
	(objection.answerOptions ??= []).push(option);
	draft.ids.push(idRequest(option, mark, item.start, span, 'main', parsed.value));
}

function readCommitmentItem(
	item: Item,
	mark: ReturnType<typeof itemText>,
	place: Place,
	draft: Draft,
	report: Reporter,
	span: Span
): void {
	const line = report.line(item.start);
	const { commitment } = draft.body;
	if (place.part === 'summary' || place.part === 'questions') {
		const prompt = { id: '', line, text: mark.text };
		(place.part === 'summary' ? commitment.summary : commitment.questions).push(prompt);
		draft.ids.push(idRequest(prompt, mark, item.start, span, 'main'));
		return;
	}
	if (place.part !== 'advances') {
		return void report.add(
			d.item_outside_section({ reason: 'no_commitment_part', heading: '' }),
			span
		);
	}
	const parsed = splitLabel(mark.text, item.start);
	let kind = parsed ? ADVANCES.get(parsed.key) : undefined;
	if (!kind) {
		report.add(d.advance_kind_unknown({ kind: parsed?.label ?? '' }), parsed?.labelSpan ?? span);
		kind = 'other';
	}
	const text = parsed && ADVANCES.has(parsed.key) ? parsed.value : mark.text;
	const advance = { id: '', line, kind, text };
	commitment.advances.push(advance);
	draft.ids.push(idRequest(advance, mark, item.start, span, 'main', text));
}
