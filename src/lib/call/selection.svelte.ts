// Which item of the stage's list is highlighted: the rep's pick (number keys, arrows, a tap),
// else what the need ledger suggests. Screen state only; nothing here is saved. The defaults
// are `$derived` from the session's one assessment, so they are worked out once per change.
import type { SpinType } from '$lib/playbook/types';
import type { CallSession } from './call-session.svelte';
import type { CallView } from './call-view.svelte';
import { currentQuestion, firstSuggested, type CurrentQuestion } from './suggest';

/** The prompter's highlights over one call. */
export class Selection {
	/** Per SPIN type, the question the rep picked over the suggestion. */
	picked = $state<Partial<Record<SpinType, string>>>({});
	selectedCard = $state<string | null>(null);
	selectedMove = $state<string | null>(null);
	selectedAdvance = $state<string | null>(null);

	readonly #session: CallSession;
	readonly #view: CallView;

	constructor(session: CallSession, view: CallView) {
		this.#session = session;
		this.#view = view;
	}

	/** The question the card shows: the rep's pick, else the ledger's suggestion. */
	current: CurrentQuestion | null = $derived.by(() => {
		const { assessment, playbook } = this.#session;
		if (!assessment || !playbook) return null;
		// Right after S/P/I/N the rep wants that type; otherwise the ledger's order stands.
		const switched = this.#session.events.at(-1)?.type === 'spin.select';
		const spinType = this.#view.spinType;
		return currentQuestion(
			assessment,
			playbook,
			switched ? spinType : null,
			this.picked[spinType] ?? null
		);
	});

	/** The first opening move not done yet. */
	firstOpenMove: string | null = $derived.by(() => {
		const done = this.#view.movesDone;
		return this.#session.playbook?.opening.find((o) => !done.has(o.id))?.id ?? null;
	});

	/** The advance to highlight: the suggested one, the planned one, else the first not proposed. */
	defaultAdvance: string | null = $derived.by(() => {
		const { assessment } = this.#session;
		const advances = this.#view.advances;
		const suggested = assessment ? firstSuggested(assessment, 'advance') : null;
		if (suggested?.advanceId && advances.some((a) => a.id === suggested.advanceId)) {
			return suggested.advanceId;
		}
		const planned = this.#session.context?.plan.primaryAdvance?.advanceId;
		if (planned && advances.some((a) => a.id === planned)) return planned;
		const proposed = this.#view.proposed;
		return advances.find((a) => !proposed.has(a.id))?.id ?? advances[0]?.id ?? null;
	});

	/** The highlighted opening move (the first not done when none is picked). */
	activeMove: string | null = $derived.by(() => this.selectedMove ?? this.firstOpenMove);

	/** The highlighted advance (the planned one when none is picked). */
	activeAdvance: string | null = $derived.by(() => this.selectedAdvance ?? this.defaultAdvance);

	/** The highlighted card: the pick, else the one the ledger suggests, else the first. */
	activeCard: string | null = $derived.by(() => {
		const { assessment, playbook } = this.#session;
		if (this.selectedCard || !assessment || !playbook) return this.selectedCard;
		return firstSuggested(assessment, 'benefit')?.cardId ?? playbook.capabilities[0]?.id ?? null;
	});

	/** Picks a question from the bank over the suggestion. */
	pickQuestion(questionId: string): void {
		const q = this.#session.playbook?.questions.find((x) => x.id === questionId);
		if (!q) return;
		if (q.type !== this.#view.spinType) this.selectSpin(q.type);
		this.picked[q.type] = q.id;
	}

	/** Switches the bank; from another stage, this goes back to investigating. */
	selectSpin(spinType: SpinType): void {
		if (this.#session.stage !== 'investigating') {
			if (!this.#session.record({ type: 'stage.enter', stage: 'investigating' })) return;
		}
		if (spinType !== this.#view.spinType) this.#session.record({ type: 'spin.select', spinType });
	}

	/** Number keys pick from the list of the stage on screen. */
	pickIndex(index: number): void {
		const pb = this.#session.playbook;
		if (!pb) return;
		switch (this.#session.stage) {
			case 'opening':
				this.selectedMove = pb.opening[index]?.id ?? this.selectedMove;
				return;
			case 'investigating': {
				const q = this.#view.bank[index];
				if (q) this.pickQuestion(q.id);
				return;
			}
			case 'demonstrating':
				this.selectedCard = pb.capabilities[index]?.id ?? this.selectedCard;
				return;
			case 'committing':
				this.selectedAdvance = this.#view.advances[index]?.id ?? this.selectedAdvance;
				return;
		}
	}

	/** Arrow keys move the highlight through the stage's list. */
	moveSelection(delta: 1 | -1): void {
		const pb = this.#session.playbook;
		if (!pb) return;
		const step = (ids: string[], current: string | null) => {
			if (ids.length === 0) return null;
			const at = current === null ? -1 : ids.indexOf(current);
			return ids[Math.min(ids.length - 1, Math.max(0, at + delta))];
		};
		switch (this.#session.stage) {
			case 'opening':
				this.selectedMove = step(
					pb.opening.map((o) => o.id),
					this.activeMove
				);
				return;
			case 'investigating': {
				const id = step(
					this.#view.bank.map((q) => q.id),
					this.current?.question.id ?? null
				);
				if (id) this.pickQuestion(id);
				return;
			}
			case 'demonstrating':
				// From the highlighted card (the suggested one until the rep picks one).
				this.selectedCard = step(
					pb.capabilities.map((c) => c.id),
					this.activeCard
				);
				return;
			case 'committing':
				this.selectedAdvance = step(
					this.#view.advances.map((a) => a.id),
					this.activeAdvance
				);
				return;
		}
	}
}
