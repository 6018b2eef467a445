// What the prompter screen does with a key or a tap: the rep's selections (which question,
// card, move or advance is highlighted), the open dialogs, and the one CallEvent each action
// records through the CallSession. Selections are screen state only; the log holds the call.
import type { SpinType } from '$lib/playbook/types';
import { STAGES, type AdvanceChoice, type NeedLevel, type Outcome } from '$lib/session/events';
import { buyerOutcome, ORDER_ID } from '$lib/session/buyer';
import type { CallSession } from './call-session.svelte';
import { PersistedFlag } from './persisted-flag.svelte';
import { keyToAction, type Chord, type ShortcutAction } from './shortcuts';
import { currentQuestion, firstSuggested, type CurrentQuestion } from './suggest';
import type { PresentKind } from './types';
import {
	askedQuestionIds,
	explicitNeedIds,
	needViews,
	NO_IDS,
	objectionState,
	openingDone,
	presentedKeys,
	proposedAdvanceIds,
	questionBank
} from './view';

/** The key discreet mode is remembered under. */
export const DISCREET_KEY = 'spin-coach:discreet';

/** An advance the committing list offers: a playbook advance, or the order itself. */
export interface AdvanceItem {
	id: string;
	text: string;
	choice: AdvanceChoice;
}

/** The prompter's screen state and actions over one CallSession. */
export class Prompter {
	chord = $state<Chord | null>(null);
	helpOpen = $state(false);
	noteOpen = $state(false);
	endOpen = $state(false);
	/** Per SPIN type, the question the rep picked over the suggestion. */
	picked = $state<Partial<Record<SpinType, string>>>({});
	selectedCard = $state<string | null>(null);
	selectedMove = $state<string | null>(null);
	selectedAdvance = $state<string | null>(null);
	freeQuestionField = $state<HTMLInputElement | undefined>();
	readonly discreet = new PersistedFlag(DISCREET_KEY);
	readonly session: CallSession;
	#onEnded: (outcome: Outcome) => void | Promise<void>;

	constructor(session: CallSession, onEnded: (outcome: Outcome) => void | Promise<void>) {
		this.session = session;
		this.#onEnded = onEnded;
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

	/** The question the card shows: the rep's pick, else the ledger's suggestion. */
	get current(): CurrentQuestion | null {
		const { snapshot, playbook } = this.session;
		if (!snapshot || !playbook) return null;
		// Right after S/P/I/N the rep wants that type; otherwise the ledger's order stands.
		const switched = this.session.events.at(-1)?.type === 'spin.select';
		return currentQuestion(
			snapshot,
			playbook,
			switched ? this.spinType : null,
			this.picked[this.spinType] ?? null
		);
	}

	get needs() {
		const { context, playbook } = this.session;
		return context && playbook ? needViews(context, playbook) : [];
	}

	get explicitNeeds(): ReadonlySet<string> {
		const c = this.session.context;
		return c ? explicitNeedIds(c) : NO_IDS;
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
		const order = pb.buyer?.accepts.find((a) => a.advanceId === ORDER_ID);
		if (order)
			items.push({ id: ORDER_ID, text: '', choice: { kind: 'other', advanceId: ORDER_ID } });
		return items;
	}

	/** The outcome the end dialog starts on: in a rehearsal, what the buyer agreed to. */
	get proposedOutcome(): Outcome {
		const { playbook, events, rehearsal, context } = this.session;
		if (rehearsal && playbook) {
			const outcome = buyerOutcome(playbook, events);
			return outcome === 'noSale' ? 'continuation' : outcome;
		}
		return context && context.advances.length > 0 ? 'advance' : 'continuation';
	}

	/** Handles a keydown on the page; returns true (and stops the browser) when it was ours. */
	handleKey(event: KeyboardEvent): boolean {
		if (this.helpOpen || this.endOpen || this.noteOpen) return false;
		const action = keyToAction(event, this.chord);
		if (!action) {
			this.chord = null;
			return false;
		}
		event.preventDefault();
		this.dispatch(action);
		return true;
	}

	/** Runs one shortcut action. */
	dispatch(action: ShortcutAction): void {
		const chord = this.chord;
		this.chord = null;
		switch (action.type) {
			case 'help':
				this.helpOpen = true;
				return;
			case 'discreet':
				this.discreet.toggle();
				return;
			case 'chord':
				this.chord = chord === action.chord ? null : action.chord;
				return;
			case 'cancel':
				return;
			case 'pause':
				this.togglePause();
				return;
			case 'end':
				this.endOpen = true;
				return;
		}
		if (this.session.context?.phase === 'planning') {
			if (action.type === 'do') this.session.record({ type: 'call.start' });
			return;
		}
		if (this.session.context?.phase === 'paused') {
			if (action.type === 'do') this.togglePause();
			return;
		}
		switch (action.type) {
			case 'do':
				return this.doSelected();
			case 'pick':
				return this.pickIndex(action.index);
			case 'move':
				return this.moveSelection(action.delta);
			case 'spin':
				return this.selectSpin(action.spinType);
			case 'need':
				return this.confirmNeedAt(action.index);
			case 'objection':
				return this.objectionAt(action.index);
			case 'note':
				this.noteOpen = true;
				return;
			case 'present':
				return this.presentSelected(action.kind);
			case 'stage':
				return this.stageStep(action.delta);
			case 'summary':
				this.session.record({ type: 'summary.give' });
				return;
			case 'freeQuestion':
				this.freeQuestionField?.focus();
				return;
		}
	}

	/** Enter: the obvious next step of the stage on screen. */
	doSelected(): void {
		switch (this.session.stage) {
			case 'opening':
				return this.doMove(this.selectedMove ?? this.#firstOpenMove());
			case 'investigating':
				return this.askCurrent();
			case 'demonstrating':
				return this.presentNext();
			case 'committing':
				return this.propose(this.selectedAdvance ?? this.#defaultAdvance());
		}
	}

	/** Marks the card's question asked (the pick or the suggestion). */
	askCurrent(): void {
		const current = this.current;
		if (!current) return;
		this.askQuestion(current.question.id);
	}

	/** Records a playbook question as asked. */
	askQuestion(questionId: string): void {
		const q = this.session.playbook?.questions.find((x) => x.id === questionId);
		if (!q) return;
		if (this.session.record({ type: 'question.ask', questionId: q.id, spinType: q.type })) {
			delete this.picked[q.type];
		}
	}

	/** Records a question the rep typed (rehearsal), with the type they chose. */
	askFree(text: string, spinType: SpinType): void {
		this.session.record({ type: 'question.ask', text, spinType });
	}

	/** Picks a question from the bank over the suggestion. */
	pickQuestion(questionId: string): void {
		const q = this.session.playbook?.questions.find((x) => x.id === questionId);
		if (!q) return;
		if (q.type !== this.spinType) this.selectSpin(q.type);
		this.picked[q.type] = q.id;
	}

	/** Switches the bank; from another stage, this goes back to investigating. */
	selectSpin(spinType: SpinType): void {
		if (this.session.stage !== 'investigating') {
			if (!this.session.record({ type: 'stage.enter', stage: 'investigating' })) return;
		}
		if (spinType !== this.spinType) this.session.record({ type: 'spin.select', spinType });
	}

	/** Confirms need number `index` (1-based on screen): implied first, explicit the next time. */
	confirmNeedAt(index: number): void {
		const need = this.needs[index];
		if (!need) return;
		this.confirmNeed(need.id, need.level === 'none' ? 'implied' : 'explicit');
	}

	/** Records a need at a level; confirming the level it already has does nothing. */
	confirmNeed(needId: string, level: NeedLevel): void {
		const need = this.needs.find((n) => n.id === needId);
		if (need?.level === level || need?.level === 'explicit') return;
		this.session.record({ type: 'need.confirm', needId, level });
	}

	/** Saves the customer's answer to the last question, in the rep's few words. */
	note(text: string): void {
		this.noteOpen = false;
		this.session.record({ type: 'answer.note', text });
	}

	/** Presents one part of a card; a benefit names the needs it meets. */
	present(cardId: string, kind: PresentKind): void {
		const card = this.session.playbook?.capabilities.find((c) => c.id === cardId);
		if (!card) return;
		this.selectedCard = cardId;
		if (kind === 'feature') this.session.record({ type: 'feature.present', cardId });
		else if (kind === 'advantage') this.session.record({ type: 'advantage.present', cardId });
		else this.session.record({ type: 'benefit.state', cardId, needIds: [...card.needIds] });
	}

	/** F/V/B on the highlighted card. */
	presentSelected(kind: PresentKind): void {
		const id = this.activeCard;
		if (!id) return;
		const card = this.session.playbook?.capabilities.find((c) => c.id === id);
		// A benefit is offered only for an explicit need: without one, the key does nothing.
		if (kind === 'benefit' && !card?.needIds.some((n) => this.explicitNeeds.has(n))) return;
		this.present(id, kind);
	}

	/** Enter in demonstrating: the next statement the selected card has not made yet. */
	presentNext(): void {
		const id = this.activeCard;
		const card = this.session.playbook?.capabilities.find((c) => c.id === id);
		if (!card) return;
		const done = this.presented;
		const open = card.needIds.some((n) => this.explicitNeeds.has(n));
		const kinds: PresentKind[] = open
			? ['feature', 'advantage', 'benefit']
			: ['feature', 'advantage'];
		const next = kinds.find((k) => !done.includes(`${card.id}:${k}`));
		if (next) this.present(card.id, next);
	}

	/** O then a digit: raises that objection, or answers it when it is open. */
	objectionAt(index: number): void {
		const o = this.session.playbook?.objections[index];
		if (!o) return;
		if (this.objections.open.has(o.id)) this.answerObjection(o.id);
		else this.raiseObjection(o.id);
	}

	/** Logs that the customer raised an objection. */
	raiseObjection(objectionId: string): void {
		this.session.record({ type: 'objection.raise', objectionId });
	}

	/** Logs that the rep answered an open objection. */
	answerObjection(objectionId: string): void {
		this.session.record({ type: 'objection.answer', objectionId });
	}

	/** Records an opening move as done and selects the next one. */
	doMove(moveId: string | null): void {
		if (!moveId) return;
		if (this.session.record({ type: 'opening.do', moveId }))
			this.selectedMove = this.#firstOpenMove();
	}

	/** Proposes an advance (or the order). */
	propose(advanceId: string | null): void {
		const item = this.advances.find((a) => a.id === advanceId);
		if (!item) return;
		this.selectedAdvance = item.id;
		this.session.record({ type: 'advance.propose', advance: item.choice });
	}

	/** Next or previous stage; stops at either end of the rail. */
	stageStep(delta: 1 | -1): void {
		const next = STAGES[STAGES.indexOf(this.session.stage) + delta];
		if (next) this.session.record({ type: 'stage.enter', stage: next });
	}

	togglePause(): void {
		const phase = this.session.context?.phase;
		if (phase === 'running') this.session.record({ type: 'call.pause' });
		else if (phase === 'paused') this.session.record({ type: 'call.resume' });
	}

	/** Records the outcome and hands over to the end screen. */
	async end(outcome: Outcome): Promise<void> {
		if (!this.session.record({ type: 'call.end', outcome })) return;
		this.endOpen = false;
		await this.#onEnded(outcome);
	}

	/** Number keys pick from the list of the stage on screen. */
	pickIndex(index: number): void {
		const pb = this.session.playbook;
		if (!pb) return;
		switch (this.session.stage) {
			case 'opening':
				this.selectedMove = pb.opening[index]?.id ?? this.selectedMove;
				return;
			case 'investigating': {
				const q = this.bank[index];
				if (q) this.pickQuestion(q.id);
				return;
			}
			case 'demonstrating':
				this.selectedCard = pb.capabilities[index]?.id ?? this.selectedCard;
				return;
			case 'committing':
				this.selectedAdvance = this.advances[index]?.id ?? this.selectedAdvance;
				return;
		}
	}

	/** Arrow keys move the highlight through the stage's list. */
	moveSelection(delta: 1 | -1): void {
		const pb = this.session.playbook;
		if (!pb) return;
		const step = (ids: string[], current: string | null) => {
			if (ids.length === 0) return null;
			const at = current === null ? -1 : ids.indexOf(current);
			return ids[Math.min(ids.length - 1, Math.max(0, at + delta))];
		};
		switch (this.session.stage) {
			case 'opening':
				this.selectedMove = step(
					pb.opening.map((o) => o.id),
					this.selectedMove ?? this.#firstOpenMove()
				);
				return;
			case 'investigating': {
				const id = step(
					this.bank.map((q) => q.id),
					this.current?.question.id ?? null
				);
				if (id) this.pickQuestion(id);
				return;
			}
			case 'demonstrating':
				this.selectedCard = step(
					pb.capabilities.map((c) => c.id),
					this.selectedCard
				);
				return;
			case 'committing':
				this.selectedAdvance = step(
					this.advances.map((a) => a.id),
					this.selectedAdvance ?? this.#defaultAdvance()
				);
				return;
		}
	}

	#firstOpenMove(): string | null {
		const done = this.movesDone;
		return this.session.playbook?.opening.find((o) => !done.has(o.id))?.id ?? null;
	}

	#defaultAdvance(): string | null {
		const { snapshot, playbook } = this.session;
		const suggested = snapshot && playbook ? firstSuggested(snapshot, playbook, 'advance') : null;
		if (suggested?.advanceId && this.advances.some((a) => a.id === suggested.advanceId)) {
			return suggested.advanceId;
		}
		const planned = this.session.context?.plan.primaryAdvance?.advanceId;
		if (planned && this.advances.some((a) => a.id === planned)) return planned;
		return this.advances.find((a) => !this.proposed.has(a.id))?.id ?? this.advances[0]?.id ?? null;
	}

	/** The highlighted opening move (the first not done when none is picked). */
	get activeMove(): string | null {
		return this.selectedMove ?? this.#firstOpenMove();
	}

	/** The highlighted advance (the planned one when none is picked). */
	get activeAdvance(): string | null {
		return this.selectedAdvance ?? this.#defaultAdvance();
	}

	/** The highlighted card: the pick, else the one the ledger suggests, else the first. */
	get activeCard(): string | null {
		const { snapshot, playbook } = this.session;
		if (this.selectedCard || !snapshot || !playbook) return this.selectedCard;
		return (
			firstSuggested(snapshot, playbook, 'benefit')?.cardId ?? playbook.capabilities[0]?.id ?? null
		);
	}
}
