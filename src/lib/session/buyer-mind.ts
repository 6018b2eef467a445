// What the rehearsal buyer knows and feels so far, read from the folded call alone: the buyer
// remembers what they said (their logged lines carry what each reply changed), so the same log
// always gives the same mind (docs/buyer.md#awareness).
import { DEFAULT_PATIENCE, type BuyerPatience, type BuyerScript } from '$lib/playbook/types';
import type { CallContext } from './context';
import type { Outcome } from './events';

/** Where a need stands for the buyer, from unaware to said out loud (docs/buyer.md#awareness). */
export type Awareness = 'hidden' | 'admitted' | 'felt' | 'stated';

export interface BuyerMind {
	awareness: Map<string, Awareness>;
	/** Implication answers given per need since it was admitted. */
	developed: Map<string, number>;
	/** Needs whose benefit the buyer welcomed while stated. */
	supported: Set<string>;
	patience: number;
	/** The outcome the buyer closed the meeting with, once they did. */
	closed: Outcome | null;
	/** Objections the buyer raised at some point, and those a strong answer resolved. */
	raised: Set<string>;
	resolved: Set<string>;
	/** Advances (or `order`) the buyer refused, in order. */
	declined: string[];
	/** Question ids the buyer has already answered. */
	answered: Set<string>;
}

const RANK: Record<Awareness, number> = { hidden: 0, admitted: 1, felt: 2, stated: 3 };

/** The buyer's patience settings: the script's, else the defaults. */
export function patienceOf(script: BuyerScript): BuyerPatience {
	return script.patience ?? { ...DEFAULT_PATIENCE };
}

/** Implication questions the need takes before the buyer feels it (default 1). */
export function implicationsNeeded(script: BuyerScript, needId: string): number {
	return script.awareness?.find((a) => a.needId === needId)?.implications ?? 1;
}

/** The buyer's mind after the lines folded into `c` (the rep's newest event is not answered yet). */
export function buyerMind(script: BuyerScript, c: CallContext): BuyerMind {
	const questionIds = new Set(c.questions.flatMap((q) => (q.questionId ? [q.questionId] : [])));
	const mind: BuyerMind = {
		awareness: new Map(),
		developed: new Map(),
		supported: new Set(),
		patience: patienceOf(script).start,
		closed: null,
		raised: new Set(),
		resolved: new Set(),
		declined: [],
		answered: new Set()
	};
	const rise = (id: string, to: Awareness) => {
		if (RANK[to] > RANK[awarenessOf(mind, id)]) mind.awareness.set(id, to);
	};
	for (const line of c.buyerLines) {
		for (const id of line.reveals ?? []) rise(id, 'admitted');
		for (const id of line.develops ?? []) mind.developed.set(id, (mind.developed.get(id) ?? 0) + 1);
		for (const id of line.felt ?? []) rise(id, 'felt');
		for (const id of line.states ?? []) rise(id, 'stated');
		for (const id of line.supports ?? []) mind.supported.add(id);
		if (line.objectionId !== undefined) mind.raised.add(line.objectionId);
		if (line.resolves !== undefined) mind.resolved.add(line.resolves);
		if (line.declines !== undefined) mind.declined.push(line.declines);
		if (line.patience !== undefined) mind.patience = line.patience;
		if (line.closes !== undefined) mind.closed = line.closes;
		if (line.replyTo !== undefined && questionIds.has(line.replyTo))
			mind.answered.add(line.replyTo);
	}
	return mind;
}

/** Where the buyer stands on a need. */
export function awarenessOf(mind: BuyerMind, needId: string): Awareness {
	return mind.awareness.get(needId) ?? 'hidden';
}

/** Whether the buyer feels the need (felt or already stated). */
export function feels(mind: BuyerMind, needId: string): boolean {
	return RANK[awarenessOf(mind, needId)] >= RANK.felt;
}

/** Objections the buyer raised that are open in the call now (answered weakly or not at all). */
export function openObjections(mind: BuyerMind, c: CallContext): string[] {
	const open: string[] = [];
	for (const o of c.objections) {
		if (o.objectionId === undefined || !mind.raised.has(o.objectionId)) continue;
		const latest = c.objections.findLast((x) => x.objectionId === o.objectionId);
		if (latest === o && o.answeredAt === null && !open.includes(o.objectionId))
			open.push(o.objectionId);
	}
	return open;
}
