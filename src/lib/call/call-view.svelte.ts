// Read-outs of one call for the prompter: the bank on screen, what was asked, found, presented,
// raised and proposed. Plain getters over the CallSession's reactive snapshot, so every
// component reading them updates when an event lands.
import type { SpinType } from '$lib/playbook/types';
import type { AdvanceChoice, Outcome } from '$lib/session/events';
import { ORDER_ADVANCE_ID } from '$lib/session/rules';
import type { NeedStatus } from '$lib/session/assessment';
import type { CallSession } from './call-session.svelte';
import {
	askedQuestionIds,
	NO_IDS,
	objectionState,
	openingDone,
	presentedKeys,
	proposedAdvanceIds,
	questionBank
} from './view';

/** An advance the committing list offers: a playbook advance, or the order itself. */
export interface AdvanceItem {
	id: string;
	text: string;
	choice: AdvanceChoice;
}

/** What the prompter shows about the call, read from its session. */
export class CallView {
	readonly session: CallSession;

	constructor(session: CallSession) {
		this.session = session;
	}

	get spinType(): SpinType {
		return this.session.context?.spinType ?? 'situation';
	}

	get bank() {
		return this.session.playbook ? questionBank(this.session.playbook, this.spinType) : [];
	}

	get asked(): ReadonlySet<string> {
		const c = this.session.context;
		return c ? askedQuestionIds(c) : NO_IDS;
	}

	/** Every playbook need, then the rep's own, as the assessment sees them. */
	get needs(): NeedStatus[] {
		return this.session.assessment?.needs ?? [];
	}

	/** Cards whose benefit may be stated now (a need it meets is explicit). */
	get benefitCards(): ReadonlySet<string> {
		const ids = this.session.assessment?.benefitCardIds;
		return ids ? new Set(ids) : NO_IDS;
	}

	get presented(): string[] {
		const c = this.session.context;
		return c ? presentedKeys(c) : [];
	}

	get objections(): { open: ReadonlySet<string>; answered: ReadonlySet<string> } {
		const c = this.session.context;
		return c ? objectionState(c) : { open: NO_IDS, answered: NO_IDS };
	}

	get movesDone(): ReadonlySet<string> {
		const c = this.session.context;
		return c ? openingDone(c) : NO_IDS;
	}

	get proposed(): ReadonlySet<string> {
		const c = this.session.context;
		return c ? proposedAdvanceIds(c) : NO_IDS;
	}

	/** The playbook's advances, plus the order when the buyer script can accept one. */
	get advances(): AdvanceItem[] {
		const pb = this.session.playbook;
		if (!pb) return [];
		const items: AdvanceItem[] = pb.commitment.advances.map((a) => ({
			id: a.id,
			text: a.text,
			choice: { kind: a.kind, advanceId: a.id, text: a.text }
		}));
		const order = pb.buyer?.accepts.find((a) => a.advanceId === ORDER_ADVANCE_ID);
		if (order)
			items.push({
				id: ORDER_ADVANCE_ID,
				text: '',
				choice: { kind: 'other', advanceId: ORDER_ADVANCE_ID }
			});
		return items;
	}

	/** The outcome the end dialog starts on; null when nothing that happened supports one. */
	get proposedOutcome(): Outcome | null {
		return this.session.assessment?.outcome.preselect ?? null;
	}

	/** In a rehearsal, the outcome the buyer's lines decide (the dialog shows it, fixed). */
	get derivedOutcome(): Outcome | null {
		return this.session.assessment?.outcome.derived ?? null;
	}
}
