// The call transcript is an append-only list of these events. Everything else (machine
// snapshot, need ledger, coaching report) is derived by replaying them.
// Every event carries `v` (the schema version it was written with) and `at` (epoch ms supplied
// by the caller), so replay is deterministic.
import type { AdvanceKind, SpinType, Tier } from '$lib/playbook/types';

export const EVENT_SCHEMA_VERSION = 1;

export const STAGES = ['opening', 'investigating', 'demonstrating', 'committing'] as const;
export type Stage = (typeof STAGES)[number];

export const OUTCOMES = ['order', 'advance', 'continuation', 'noSale'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type CallMode = 'live' | 'rehearsal';
export type NeedLevel = 'implied' | 'explicit';

/** An advance the rep plans for: from the playbook, or their own words. */
export interface AdvanceChoice {
	kind: AdvanceKind;
	advanceId?: string;
	text?: string;
}

export interface AccountRef {
	name: string;
	tier?: Tier;
	/** Id of a stored account record (key-account context, later). */
	accountId?: string;
	/** Ids of the account's people who are in the meeting (docs/accounts.md). */
	attendeeIds?: string[];
}

interface Base {
	v: number;
	/** Epoch milliseconds, supplied by the caller. */
	at: number;
}

export type CallEvent = Base &
	(
		| {
				type: 'call.plan';
				mode: CallMode;
				playbookId: string;
				objective: string;
				primaryAdvance: AdvanceChoice;
				fallbackAdvance?: AdvanceChoice;
				account?: AccountRef;
				/** Set when the call is a drill: the skill it practises and the need it works on. */
				drill?: { skill: string; needId: string };
				/**
				 * Who the buyer script needs in the meeting (`Involves`) and the rep plans to have
				 * there, as the playbook names them (docs/buyer.md#advances).
				 */
				inRoom?: string[];
		  }
		| { type: 'call.start' }
		| { type: 'call.pause' }
		| { type: 'call.resume' }
		| { type: 'stage.enter'; stage: Stage }
		| { type: 'spin.select'; spinType: SpinType }
		| { type: 'opening.do'; moveId?: string; text?: string }
		| {
				type: 'question.ask';
				/** A playbook question id, or absent for a free-text question. */
				questionId?: string;
				text?: string;
				spinType: SpinType;
				/** The need the question is about, when the rep or playbook names one. */
				needId?: string;
		  }
		| { type: 'answer.note'; text: string }
		| {
				type: 'need.confirm';
				/** A playbook need id, or a new id for a need the rep typed in. */
				needId: string;
				level: NeedLevel;
				text?: string;
		  }
		| { type: 'feature.present'; cardId?: string; text?: string }
		| { type: 'advantage.present'; cardId?: string; text?: string }
		| { type: 'benefit.state'; cardId?: string; text?: string; needIds: string[] }
		| { type: 'objection.raise'; objectionId?: string; text?: string }
		| {
				type: 'objection.answer';
				objectionId?: string;
				text?: string;
				/** Which of the playbook's listed answers the rep chose (a rehearsal grades it). */
				answerId?: string;
		  }
		| { type: 'note.add'; text: string }
		| { type: 'summary.give'; text?: string }
		| { type: 'advance.propose'; advance: AdvanceChoice }
		| {
				/** The scripted buyer's line in a rehearsal, logged so the transcript reads alone. */
				type: 'buyer.say';
				text: string;
				/** What the buyer was answering: a question id, an advance id, `order`. */
				replyTo?: string;
				reveals?: string[];
				states?: string[];
				objectionId?: string;
				acceptsAdvanceId?: string;
				/**
				 * A generic line with no scripted text (`text` is then ''): a stable code such as
				 * `buyer.neutral` that the UI translates.
				 */
				code?: string;
				/** Needs an implication answer developed (the buyer sees more of the problem). */
				develops?: string[];
				/** Needs the buyer now feels are serious (enough implications on them). */
				felt?: string[];
				/** Needs a need-payoff question or benefit was put on too early: nothing moved. */
				deflects?: string[];
				/** Needs whose benefit the buyer welcomed (they were explicit). */
				supports?: string[];
				/** The objection the rep's answer resolved. */
				resolves?: string;
				/** The advance (or `order`) the buyer refused. */
				declines?: string;
				/** The open objection that made the buyer refuse a proposal. */
				blockedBy?: string;
				/** The buyer's patience after this line (the playbook sets where it starts). */
				patience?: number;
				/** The buyer closed the meeting with this line, leaving this outcome. */
				closes?: Outcome;
		  }
		| {
				type: 'call.end';
				outcome: Outcome;
				nextStep?: { text: string; date?: string };
		  }
		| { type: 'review.save'; wentWell: string; toChange: string }
	);

export type CallEventType = CallEvent['type'];

/** The event of a given type. */
export type EventOf<T extends CallEventType> = Extract<CallEvent, { type: T }>;
