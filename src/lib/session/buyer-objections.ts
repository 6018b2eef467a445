// When the buyer objects, and how an answer lands (docs/buyer.md#objections).
import type { BuyerObjection, BuyerScript, ObjectionAnswer, Playbook } from '$lib/playbook/types';
import type { CallContext } from './context';
import type { EventOf } from './events';
import { MATCH_THRESHOLD, similarity, tokens } from './buyer-match';
import type { BuyerMind } from './buyer-mind';

/** What the rep just did that could provoke an objection. */
export type Provocation =
	| {
			kind: 'statement';
			statement: 'feature' | 'advantage' | 'benefit';
			cardId?: string;
			/** Whether it was about a need the buyer has stated: then it provokes nothing. */
			onStatedNeed: boolean;
	  }
	| { kind: 'proposal'; advanceId?: string; isOrder: boolean; beforeAnyStatedNeed: boolean };

/** Whether `objection`'s scripted triggers fire on `p`. */
export function provokes(objection: BuyerObjection, p: Provocation): boolean {
	const after = objection.after;
	if (p.kind === 'proposal') {
		return (
			after.includes('proposal') ||
			(p.isOrder && after.includes('order')) ||
			(p.beforeAnyStatedNeed && after.includes('early'))
		);
	}
	// A statement about a need the buyer stated meets it: that draws support, not objections.
	if (p.onStatedNeed) return false;
	const cards = objection.cards ?? [];
	if (cards.length > 0 && (p.cardId === undefined || !cards.includes(p.cardId))) return false;
	// A benefit for a need the buyer never stated lands as an advantage.
	const heardAs = p.statement === 'benefit' ? ['benefit', 'advantage'] : [p.statement];
	return (
		heardAs.some((kind) => after.includes(kind as BuyerObjection['after'][number])) ||
		after.includes('any')
	);
}

/** The first scripted objection `p` provokes that is neither open nor resolved already. */
export function objectionFor(
	script: BuyerScript,
	mind: BuyerMind,
	open: readonly string[],
	p: Provocation
): BuyerObjection | undefined {
	return script.objections.find(
		(o) => !open.includes(o.objectionId) && !mind.resolved.has(o.objectionId) && provokes(o, p)
	);
}

/** How the rep's answer lands: which listed answer it was and how good. */
export interface Grade {
	objectionId: string;
	option?: ObjectionAnswer;
	/** `none`: no listed answer could be recognised. */
	quality: 'strong' | 'weak' | 'none';
	/** The playbook grades this objection's answers (an old playbook does not: any answer works). */
	graded: boolean;
}

/** Grades an `objection.answer` folded into `c`; undefined when no objection can be named. */
export function gradeAnswer(
	playbook: Playbook,
	c: CallContext,
	event: EventOf<'objection.answer'>
): Grade | undefined {
	const objectionId =
		event.objectionId ?? c.objections.findLast((o) => o.answeredAt === event.at)?.objectionId;
	if (objectionId === undefined) return undefined;
	const options = playbook.objections.find((o) => o.id === objectionId)?.answerOptions ?? [];
	const graded = options.some((o) => o.quality !== undefined || o.reply !== undefined);
	if (!graded) return { objectionId, quality: 'strong', graded };
	const option = chosenOption(options, event);
	if (!option) return { objectionId, quality: 'none', graded };
	return { objectionId, option, quality: option.quality ?? 'strong', graded };
}

// By the id the UI sent, else by the words the rep typed.
function chosenOption(
	options: readonly ObjectionAnswer[],
	event: EventOf<'objection.answer'>
): ObjectionAnswer | undefined {
	if (event.answerId !== undefined) return options.find((o) => o.id === event.answerId);
	if (!event.text) return undefined;
	const said = tokens(event.text);
	let best: ObjectionAnswer | undefined;
	let bestScore = MATCH_THRESHOLD;
	for (const option of options) {
		const score = similarity(said, tokens(option.text));
		if (score > bestScore || (best === undefined && score === bestScore)) {
			best = option;
			bestScore = score;
		}
	}
	return best;
}
