// What the prompter does with a key or a tap: the open dialogs, the pending chord, and the one
// CallEvent each action records through the CallSession. Built from parts, not a chain of
// subclasses: the read-outs (`view`, call-view.svelte.ts) and the highlights (`selection`,
// selection.svelte.ts) are `$derived` from the session's one assessment.
import type { SpinType } from '$lib/playbook/types';
import { STAGES, type NeedLevel, type Outcome } from '$lib/session/events';
import type { CallSession } from './call-session.svelte';
import { PersistedFlag } from './persisted-flag.svelte';
import { CallView } from './call-view.svelte';
import { Selection } from './selection.svelte';
import { CallRelations, type PersonProfile } from './relations.svelte';
import {
	competitorOf,
	lastOpenObjection,
	objectionTexts,
	personNamedIn,
	type CompetitorCandidate
} from './related';
import { keyToAction, type Chord, type ShortcutAction } from './shortcuts';
import type { PresentKind } from './types';

export type { AdvanceItem } from './call-view.svelte';

/** The key discreet mode is remembered under. */
export const DISCREET_KEY = 'spin-coach:discreet';

/** What an open objection points to: the person it names, the competitor it comes from. */
export interface ObjectionLinks {
	person: PersonProfile | null;
	competitor: CompetitorCandidate | null;
}

/** The sheet open over the call: a person's profile or a competitor's counter-measures. */
export type RelatedSheet =
	| { kind: 'person'; person: PersonProfile }
	| { kind: 'competitor'; competitor: CompetitorCandidate };

/** The prompter's screen state and actions over one CallSession. */
export class Prompter {
	readonly session: CallSession;
	/** What the call shows: the bank, needs, objections, advances. */
	readonly view: CallView;
	/** What is highlighted in the stage's list. */
	readonly selection: Selection;
	chord = $state<Chord | null>(null);
	/** After `O` and the number of an open objection with listed answers: that objection. */
	answering = $state<string | null>(null);
	helpOpen = $state(false);
	noteOpen = $state(false);
	endOpen = $state(false);
	freeQuestionField = $state<HTMLInputElement | undefined>();
	readonly discreet = new PersistedFlag(DISCREET_KEY);
	/** The account's people and the competitors, for what an objection names. */
	readonly relations = new CallRelations();
	related = $state<RelatedSheet | null>(null);

	/** Per open objection, the person and the competitor it points to (when any). */
	links: Readonly<Record<string, ObjectionLinks>> = $derived.by(() => {
		const out: Record<string, ObjectionLinks> = {};
		const pb = this.session.playbook;
		if (!pb) return out;
		const { people, linked, competitors } = this.relations;
		for (const o of pb.objections) {
			if (!this.view.objections.open.has(o.id)) continue;
			const person = personNamedIn(objectionTexts(o, this.session.events), people);
			const competitor = competitorOf(o, linked, competitors);
			if (person || competitor) out[o.id] = { person, competitor };
		}
		return out;
	});
	#onEnded: (outcome: Outcome) => void | Promise<void>;

	constructor(session: CallSession, onEnded: (outcome: Outcome) => void | Promise<void>) {
		this.session = session;
		this.view = new CallView(session);
		this.selection = new Selection(session, this.view);
		this.#onEnded = onEnded;
	}

	/** Handles a keydown on the page; returns true (and stops the browser) when it was ours. */
	handleKey(event: KeyboardEvent): boolean {
		if (this.helpOpen || this.endOpen || this.noteOpen || this.related) return false;
		const action = keyToAction(event, this.chord, this.session.rehearsal ? 'rehearsal' : 'live');
		if (!action) {
			this.chord = null;
			this.answering = null;
			return false;
		}
		event.preventDefault();
		this.dispatch(action);
		return true;
	}

	/** Runs one shortcut action. */
	dispatch(action: ShortcutAction): void {
		const chord = this.chord;
		const answering = this.answering;
		this.chord = null;
		this.answering = null;
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
			case 'end': {
				// An ended call (reopened from history) has its outcome: go straight to the end screen.
				const { phase, outcome } = this.session.context ?? {};
				if (phase === 'ended') void this.#onEnded(outcome ?? 'continuation');
				else this.endOpen = true;
				return;
			}
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
				return this.selection.pickIndex(action.index);
			case 'move':
				return this.selection.moveSelection(action.delta);
			case 'spin':
				return this.selection.selectSpin(action.spinType);
			case 'need':
				return this.confirmNeedAt(action.index);
			case 'objection':
				return this.objectionAt(action.index);
			case 'answer':
				return this.answerAt(answering, action.index);
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
			case 'profile':
				return this.showRelated('person');
			case 'counter':
				return this.showRelated('competitor');
		}
	}

	/** Enter: the obvious next step of the stage on screen. */
	doSelected(): void {
		switch (this.session.stage) {
			case 'opening':
				return this.doMove(this.selection.activeMove);
			case 'investigating':
				return this.askCurrent();
			case 'demonstrating':
				return this.presentNext();
			case 'committing':
				return this.propose(this.selection.activeAdvance);
		}
	}

	/** Marks the card's question asked (the pick or the suggestion). */
	askCurrent(): void {
		const current = this.selection.current;
		if (!current) return;
		this.askQuestion(current.question.id);
	}

	/** Records a playbook question as asked. */
	askQuestion(questionId: string): void {
		const q = this.session.playbook?.questions.find((x) => x.id === questionId);
		if (!q) return;
		if (this.session.record({ type: 'question.ask', questionId: q.id, spinType: q.type })) {
			delete this.selection.picked[q.type];
		}
	}

	/** Records a question the rep typed (rehearsal), with the type they chose. */
	askFree(text: string, spinType: SpinType): void {
		this.session.record({ type: 'question.ask', text, spinType });
	}

	/** Confirms need number `index` (1-based on screen): implied first, explicit the next time. */
	confirmNeedAt(index: number): void {
		const need = this.view.needs[index];
		if (!need) return;
		this.confirmNeed(need.id, need.level === 'none' ? 'implied' : 'explicit');
	}

	/** Records a need at a level; confirming the level it already has does nothing. */
	confirmNeed(needId: string, level: NeedLevel): void {
		const need = this.view.needs.find((n) => n.id === needId);
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
		this.selection.selectedCard = cardId;
		if (kind === 'feature') this.session.record({ type: 'feature.present', cardId });
		else if (kind === 'advantage') this.session.record({ type: 'advantage.present', cardId });
		else this.session.record({ type: 'benefit.state', cardId, needIds: [...card.needIds] });
	}

	/** F/V/B on the highlighted card. */
	presentSelected(kind: PresentKind): void {
		const id = this.selection.activeCard;
		if (!id) return;
		// A benefit is offered only for an explicit need: without one, the key does nothing.
		if (kind === 'benefit' && !this.view.benefitCards.has(id)) return;
		this.present(id, kind);
	}

	/** Enter in demonstrating: the next statement the selected card has not made yet. */
	presentNext(): void {
		const id = this.selection.activeCard;
		const card = this.session.playbook?.capabilities.find((c) => c.id === id);
		if (!card) return;
		const done = this.view.presented;
		const open = this.view.benefitCards.has(card.id);
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
		if (!this.view.objections.open.has(o.id)) return this.raiseObjection(o.id);
		// Listed answers are graded: the next digit chooses which one the rep gave.
		if (o.answerOptions?.length) {
			this.chord = 'answer';
			this.answering = o.id;
		} else this.answerObjection(o.id);
	}

	/** The digit after `O` and an objection's number: answers it with that listed answer. */
	answerAt(objectionId: string | null, index: number): void {
		const o = this.session.playbook?.objections.find((x) => x.id === objectionId);
		const option = o?.answerOptions?.[index];
		if (!o || !option) {
			// A number with no answer keeps the list up rather than dropping the choice.
			this.chord = o ? 'answer' : null;
			this.answering = o?.id ?? null;
			return;
		}
		this.answerObjection(o.id, option.id);
	}

	/** Logs that the customer raised an objection. */
	raiseObjection(objectionId: string): void {
		this.session.record({ type: 'objection.raise', objectionId });
	}

	/** Logs that the rep answered an open objection, with the listed answer they chose if any. */
	answerObjection(objectionId: string, answerId?: string): void {
		this.session.record(
			answerId === undefined
				? { type: 'objection.answer', objectionId }
				: { type: 'objection.answer', objectionId, answerId }
		);
	}

	/**
	 * W or R: the profile of the person, or the counter-measures against the competitor, that the
	 * last raised open objection points to (`objectionId`: that objection's, from a tap). Never in
	 * discreet mode, where the customer may read the screen.
	 */
	showRelated(kind: RelatedSheet['kind'], objectionId?: string): void {
		if (this.discreet.value) return;
		const points = (id: string) => {
			const l = this.links[id];
			return Boolean(kind === 'person' ? l?.person : l?.competitor);
		};
		const id = objectionId ?? lastOpenObjection(this.session.events, { has: points });
		const l = id ? this.links[id] : undefined;
		if (kind === 'person' && l?.person) this.related = { kind, person: l.person };
		else if (kind === 'competitor' && l?.competitor)
			this.related = { kind, competitor: l.competitor };
	}

	/** Records an opening move as done and selects the next one. */
	doMove(moveId: string | null): void {
		if (!moveId) return;
		// The highlight moves on to the next move not done (the selection's default).
		if (this.session.record({ type: 'opening.do', moveId })) this.selection.selectedMove = null;
	}

	/** Proposes an advance (or the order). */
	propose(advanceId: string | null): void {
		const item = this.view.advances.find((a) => a.id === advanceId);
		if (!item) return;
		this.selection.selectedAdvance = item.id;
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

	/** Records the outcome and the agreed next step, then hands over to the end screen. */
	async end(outcome: Outcome, nextStep?: { text: string; date?: string }): Promise<void> {
		const body = nextStep
			? { type: 'call.end' as const, outcome, nextStep }
			: { type: 'call.end' as const, outcome };
		if (!this.session.record(body)) return;
		this.endOpen = false;
		await this.#onEnded(outcome);
	}
}
