// Read-outs of one call for the prompter: the bank on screen, what was asked, found, presented,
// raised and proposed. Each is a `$derived` value over the CallSession's reactive snapshot and
// its one assessment: computed once per change, however many components read it.
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

const NO_OBJECTIONS = { open: NO_IDS, answered: NO_IDS };

/** What the prompter shows about the call, read from its session. */
export class CallView {
	readonly #session: CallSession;

	constructor(session: CallSession) {
		this.#session = session;
	}

	spinType: SpinType = $derived.by(() => this.#session.context?.spinType ?? 'situation');

	bank = $derived.by(() => {
		const pb = this.#session.playbook;
		return pb ? questionBank(pb, this.spinType) : [];
	});

	asked: ReadonlySet<string> = $derived.by(() => {
		const c = this.#session.context;
		return c ? askedQuestionIds(c) : NO_IDS;
	});

	/** Every playbook need, then the rep's own, as the assessment sees them. */
	needs: NeedStatus[] = $derived.by(() => this.#session.assessment?.needs ?? []);

	/** Cards whose benefit may be stated now (a need it meets is explicit). */
	benefitCards: ReadonlySet<string> = $derived.by(() => {
		const ids = this.#session.assessment?.benefitCardIds;
		// A fresh read-only set per assessment, never mutated: no reactive set needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return ids ? new Set(ids) : NO_IDS;
	});

	presented: string[] = $derived.by(() => {
		const c = this.#session.context;
		return c ? presentedKeys(c) : [];
	});

	objections: { open: ReadonlySet<string>; answered: ReadonlySet<string> } = $derived.by(() => {
		const c = this.#session.context;
		return c ? objectionState(c) : NO_OBJECTIONS;
	});

	movesDone: ReadonlySet<string> = $derived.by(() => {
		const c = this.#session.context;
		return c ? openingDone(c) : NO_IDS;
	});

	proposed: ReadonlySet<string> = $derived.by(() => {
		const c = this.#session.context;
		return c ? proposedAdvanceIds(c) : NO_IDS;
	});

	/** The playbook's advances, plus the order when the buyer script can accept one. */
	advances: AdvanceItem[] = $derived.by(() => {
		const pb = this.#session.playbook;
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
	});

	/** The outcome the end dialog starts on; null when nothing that happened supports one. */
	proposedOutcome: Outcome | null = $derived.by(
		() => this.#session.assessment?.outcome.preselect ?? null
	);

	/** In a rehearsal, the outcome the buyer's lines decide (the dialog shows it, fixed). */
	derivedOutcome: Outcome | null = $derived.by(
		() => this.#session.assessment?.outcome.derived ?? null
	);
}
