// A call laid out on its clock for the review timeline: the stages as bands, and each question,
// need, benefit, objection and note as a mark at its moment. Pure: the log in, positions out.
// Whether a benefit met an explicit need is read from the fold (the presentations the session
// module recorded), not judged here.
import type { SpinType } from '$lib/playbook/types';
import type { CallEvent, NeedLevel, Stage } from '$lib/session/events';

export const LANES = ['question', 'need', 'benefit', 'objection', 'note'] as const;
export type Lane = (typeof LANES)[number];

/** What a mark stands for, by lane. */
export type MarkKind =
	| { lane: 'question'; spinType: SpinType }
	| { lane: 'need'; level: NeedLevel | 'met' }
	| { lane: 'benefit'; met: boolean }
	| { lane: 'objection'; answered: boolean }
	| { lane: 'note' };

export type Mark = MarkKind & {
	/** Index of the event in the log. */
	index: number;
	/** Milliseconds since the call's first event. */
	t: number;
};

export interface Band {
	stage: Stage;
	from: number;
	to: number;
}

export interface Timeline {
	/** Milliseconds from the first event to the last (at least 1). */
	span: number;
	bands: Band[];
	marks: Mark[];
}

/**
 * Lays out `events`. `metBenefits` holds the indexes of `benefit.state` events that met a need
 * explicit at the time (from the fold's presentations).
 */
export function buildTimeline(
	events: readonly CallEvent[],
	metBenefits: ReadonlySet<number> = new Set()
): Timeline {
	const start = events[0]?.at ?? 0;
	const end = events.reduce((max, e) => Math.max(max, e.at), start);
	const span = Math.max(1, end - start);
	const bands: Band[] = [];
	const marks: Mark[] = [];
	const met = new Set<string>();
	events.forEach((event, index) => {
		const t = event.at - start;
		const mark = (kind: MarkKind) => marks.push({ ...kind, index, t });
		switch (event.type) {
			case 'stage.enter': {
				const open = bands.at(-1);
				if (open) open.to = t;
				bands.push({ stage: event.stage, from: t, to: span });
				break;
			}
			case 'question.ask':
				mark({ lane: 'question', spinType: event.spinType });
				break;
			case 'need.confirm':
				mark({ lane: 'need', level: event.level });
				break;
			case 'benefit.state': {
				const isMet = metBenefits.has(index);
				mark({ lane: 'benefit', met: isMet });
				// The first time a need is met, it shows on the need lane too: implied → explicit → met.
				if (isMet && event.needIds.some((id) => !met.has(id))) {
					event.needIds.forEach((id) => met.add(id));
					mark({ lane: 'need', level: 'met' });
				}
				break;
			}
			case 'objection.raise':
				mark({ lane: 'objection', answered: false });
				break;
			case 'objection.answer':
				mark({ lane: 'objection', answered: true });
				break;
			case 'buyer.say':
				for (const level of ['reveals', 'states'] as const) {
					if (event[level]?.length)
						mark({ lane: 'need', level: level === 'reveals' ? 'implied' : 'explicit' });
				}
				if (event.objectionId) mark({ lane: 'objection', answered: false });
				break;
			case 'note.add':
			case 'answer.note':
				mark({ lane: 'note' });
				break;
			case 'call.end': {
				const open = bands.at(-1);
				if (open) open.to = t;
				break;
			}
		}
	});
	return { span, bands, marks };
}

// Rep moves after which the conversation has moved on: a reply is only looked for before one.
const REP_MOVES = new Set<CallEvent['type']>([
	'question.ask',
	'feature.present',
	'advantage.present',
	'benefit.state',
	'objection.answer',
	'summary.give',
	'advance.propose',
	'opening.do',
	'call.end'
]);

/** The index of the buyer's or customer's words answering event `index`, or -1. */
export function replyIndex(events: readonly CallEvent[], index: number): number {
	const self = events[index];
	if (self?.type === 'buyer.say' || self?.type === 'answer.note') return -1;
	for (let i = index + 1; i < events.length; i++) {
		const e = events[i];
		if (e.type === 'buyer.say' || e.type === 'answer.note') return i;
		if (REP_MOVES.has(e.type)) return -1;
	}
	return -1;
}
