// Walks the located blocks section by section and fills a draft playbook.
import type { Block } from './blocks';
import * as d from './diagnostics';
import { emptyDraft, idRequest, type Draft, type Place } from './draft';
import { splitId } from './ids';
import { readItem } from './items';
import { BUYER_PARTS, COMMITMENT_PARTS, SECTIONS, fold } from './names';
import type { Reporter } from './report';

/** Fills a draft from the blocks, reporting structural problems as it goes. */
export function walk(blocks: Block[], report: Reporter): Draft {
	const draft = emptyDraft();
	const place: Place = {
		section: null,
		depth: 0,
		outside: 'before_sections',
		heading: '',
		part: null
	};
	for (const block of blocks) {
		if (block.type === 'heading') heading(block, place, draft, report);
		else if (block.type === 'item') readItem(block, place, draft, report);
		else if (place.section === 'buyer' && place.part === null && draft.buyer) {
			draft.buyer.persona = draft.buyer.persona
				? `${draft.buyer.persona}\n\n${block.text.trim()}`
				: block.text.trim();
		}
	}
	draft.body.buyer = draft.buyer;
	return draft;
}

function lookup<T>(table: Map<string, T>, name: string): T | undefined {
	for (const part of name.split(/[/／]/)) {
		const found = table.get(fold(part));
		if (found !== undefined) return found;
	}
	return undefined;
}

function heading(
	block: Extract<Block, { type: 'heading' }>,
	place: Place,
	draft: Draft,
	report: Reporter
): void {
	const mark = splitId(block.text);
	const span = { start: block.start, end: block.end };
	const section = lookup(SECTIONS, mark.text);
	const inside = place.section !== null && block.depth > place.depth;
	// Sub-headings first: inside Buyer, `异议` means Raises, not the Objections section.
	if (inside && place.section === 'commitment') {
		const part = lookup(COMMITMENT_PARTS, mark.text);
		if (part) return void (place.part = part);
	}
	if (inside && place.section === 'buyer') {
		const part = lookup(BUYER_PARTS, mark.text);
		if (part) return void (place.part = part);
	}
	if (inside && !section && place.section === 'capability') {
		const card = {
			id: '',
			line: report.line(block.start),
			title: mark.text,
			feature: '',
			advantage: '',
			benefit: '',
			needIds: []
		};
		draft.body.capabilities.push(card);
		draft.cards.push({ card, span, seen: new Set() });
		draft.ids.push(idRequest(card, mark, block.start, span, 'main'));
		return;
	}
	if (inside && !section && place.section === 'objections') {
		const objection = {
			id: '',
			line: report.line(block.start),
			title: mark.text,
			answers: [],
			answerOptions: [],
			causes: []
		};
		draft.body.objections.push(objection);
		draft.objections.push({ objection, span });
		draft.ids.push(idRequest(objection, mark, block.start, span, 'main'));
		return;
	}
	if (section) {
		place.section = section;
		place.depth = block.depth;
		place.part = null;
		if (section === 'investigating') place.outside = 'investigating';
		if (!draft.sectionAt.has(section)) draft.sectionAt.set(section, block.start);
		if (section === 'buyer' && !draft.buyer) {
			draft.buyer = { persona: '', replies: [], objections: [], accepts: [] };
		}
		return;
	}
	// A deeper heading inside a list section only groups its items; anywhere else it is unknown.
	const groups =
		inside &&
		place.section !== 'investigating' &&
		place.section !== 'commitment' &&
		place.section !== 'buyer';
	if (groups) return;
	report.add(d.heading_unknown({ text: mark.text }), span);
	if (inside) {
		place.part = null;
	} else {
		place.section = null;
		place.depth = block.depth;
		place.outside = 'after_unknown_heading';
		place.heading = mark.text;
	}
}
