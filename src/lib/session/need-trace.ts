// The buyer and the coaching analysis both need "where does each need stand at this point of
// the call", folded from the event log alone so neither waits on the machine. A need only
// moves up: implied → explicit; it is met once a benefit is stated for it while it is explicit
// (domain notes §2.3: a benefit meets an explicit need the customer stated earlier).
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent, EventOf, NeedLevel } from './events';

export interface NeedStatus {
	level: NeedLevel;
	met: boolean;
}

/** Follows each need's level through a call, one event at a time. */
export class NeedTrace {
	/** In the order the needs were first uncovered. */
	readonly needs = new Map<string, NeedStatus>();
	#cardNeeds: Map<string, string[]>;

	constructor(playbook: Playbook) {
		this.#cardNeeds = new Map(playbook.capabilities.map((card) => [card.id, card.needIds]));
	}

	/** Folds one event into the trace. */
	apply(event: CallEvent): void {
		switch (event.type) {
			case 'buyer.say':
				for (const id of event.reveals ?? []) this.#raise(id, 'implied');
				for (const id of event.states ?? []) this.#raise(id, 'explicit');
				break;
			case 'need.confirm':
				this.#raise(event.needId, event.level);
				break;
			case 'benefit.state':
				for (const id of this.explicitAmong(this.benefitNeeds(event))) {
					this.needs.get(id)!.met = true;
				}
				break;
		}
	}

	/** The needs a benefit claims: its own list, else its card's. */
	benefitNeeds(event: EventOf<'benefit.state'>): string[] {
		if (event.needIds.length > 0 || event.cardId === undefined) return event.needIds;
		return this.#cardNeeds.get(event.cardId) ?? [];
	}

	/** The needs a capability card is meant to meet (empty for free text or unknown cards). */
	cardNeeds(cardId: string | undefined): string[] {
		return cardId === undefined ? [] : (this.#cardNeeds.get(cardId) ?? []);
	}

	/** Those of `ids` that are explicit right now. */
	explicitAmong(ids: readonly string[]): string[] {
		return ids.filter((id) => this.needs.get(id)?.level === 'explicit');
	}

	/** Whether a need is at least implied. */
	isUncovered(id: string): boolean {
		return this.needs.has(id);
	}

	/** Whether every condition of a buyer acceptance holds now. */
	holds(condition: { needId: string; state: 'explicit' | 'met' }): boolean {
		const status = this.needs.get(condition.needId);
		if (status?.level !== 'explicit') return false;
		return condition.state === 'explicit' || status.met;
	}

	/** Whether any need has become explicit yet. */
	hasExplicit(): boolean {
		for (const status of this.needs.values()) if (status.level === 'explicit') return true;
		return false;
	}

	#raise(id: string, level: NeedLevel): void {
		const status = this.needs.get(id);
		if (status === undefined) this.needs.set(id, { level, met: false });
		else if (level === 'explicit') status.level = 'explicit';
	}
}
