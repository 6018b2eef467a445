// The typed playbook that `parsePlaybook` produces from a trainer's markdown file.
// Every item carries a stable `id` (written as `{#id}` or derived from its text) and the
// 1-based `line` where it starts, so the UI and diagnostics can point back into the file.

import type { DiagnosticCode } from './diagnostics';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Key-account tiers from the domain notes, with their visit cadence. */
export const TIERS = ['platinum', 'gold', 'iron', 'lead'] as const;
export type Tier = (typeof TIERS)[number];

export const SPIN_TYPES = ['situation', 'problem', 'implication', 'needPayoff'] as const;
export type SpinType = (typeof SPIN_TYPES)[number];

export const ADVANCE_KINDS = [
	'demo',
	'training',
	'seniorMeeting',
	'trial',
	'visit',
	'other'
] as const;
export type AdvanceKind = (typeof ADVANCE_KINDS)[number];

/**
 * What provokes a buyer's objection: a feature, advantage or benefit on a need that is not
 * explicit (`any`: a feature or an advantage), any proposal, an order (price), or a proposal
 * made before any need is explicit (`early`). See docs/buyer.md#objections.
 */
export const OBJECTION_TRIGGERS = [
	'feature',
	'advantage',
	'benefit',
	'any',
	'proposal',
	'order',
	'early'
] as const;
export type ObjectionTrigger = (typeof OBJECTION_TRIGGERS)[number];

/** How well a listed answer to an objection works on the buyer. */
export const ANSWER_QUALITIES = ['strong', 'weak'] as const;
export type AnswerQuality = (typeof ANSWER_QUALITIES)[number];

/** The outcomes a buyer who runs out of patience can leave a call with. */
export const CLOSING_OUTCOMES = ['continuation', 'noSale'] as const;
export type ClosingOutcome = (typeof CLOSING_OUTCOMES)[number];

export interface Located {
	id: string;
	/** 1-based line in the source file where the item starts. */
	line: number;
}

export interface PlaybookMeta {
	id: string;
	title: string;
	locale: Locale;
	version: string;
	/** The product or service being sold. */
	offer: string;
	tier?: Tier;
	description?: string;
}

export interface OpeningMove extends Located {
	text: string;
	hints: string[];
}

/** A customer need that problem questions uncover and benefits meet. */
export interface Need extends Located {
	text: string;
}

export interface Question extends Located {
	type: SpinType;
	text: string;
	hints: string[];
	followUps: string[];
	/** Needs this question uncovers (problem) or develops (implication, need-payoff). */
	needIds: string[];
}

/** A feature → advantage → benefit card; the benefit meets `needIds`. */
export interface CapabilityCard extends Located {
	title: string;
	feature: string;
	advantage: string;
	benefit: string;
	needIds: string[];
}

/** One listed answer to an objection: its grade and what the buyer says to it in a rehearsal. */
export interface ObjectionAnswer extends Located {
	text: string;
	/** Unset on an old playbook: the answer then resolves the objection like a strong one. */
	quality?: AnswerQuality;
	/** The buyer's reply to this answer. */
	reply?: string;
}

export interface Objection extends Located {
	title: string;
	answers: string[];
	/** The same answers with their ids, grades and the buyer's replies (absent: none graded). */
	answerOptions?: ObjectionAnswer[];
	/** What usually causes it (e.g. a feature presented before any explicit need). */
	causes: string[];
	/** The competitor this objection comes from, by name as the playbook writes it. */
	competitor?: string;
}

export interface Prompt extends Located {
	text: string;
}

export interface Advance extends Located {
	kind: AdvanceKind;
	text: string;
}

export interface Commitment {
	/** Prompts for summarising the benefits before asking. */
	summary: Prompt[];
	advances: Advance[];
	/** The commitment question(s) to ask. */
	questions: Prompt[];
}

/** A buyer reply keyed by a question id, or by a SPIN type as the default for that type. */
export interface BuyerReply extends Located {
	questionId?: string;
	spinType?: SpinType;
	text: string;
	/** Needs this reply shows as implied (a problem the buyer admits). */
	reveals: string[];
	/** Needs this reply states explicitly (the buyer says what a solution is worth). */
	states: string[];
}

export interface BuyerObjection extends Located {
	objectionId: string;
	text: string;
	/** Kinds of statement after which the buyer raises it. */
	after: ObjectionTrigger[];
	/** Capability cards whose statements raise it; empty: any card. */
	cards?: string[];
	/** Advances (or `order`) it blocks while open; empty: every advance. */
	blocks?: string[];
}

export interface AcceptCondition {
	needId: string;
	/** `explicit`: the need became explicit; `met`: a benefit was stated for it while explicit. */
	state: 'explicit' | 'met';
}

/** An advance (or `order`) the buyer agrees to once every condition holds. */
export interface BuyerAcceptance extends Located {
	advanceId: string;
	text: string;
	when: AcceptCondition[];
	/** What the buyer says while the conditions do not hold yet. */
	otherwise?: string;
	/** Objections that must have been raised (or answered unprompted) and resolved first. */
	resolved?: string[];
	/** People who must take part before the buyer can agree: never in this one call. */
	involves?: string[];
	/** For an order on a platinum account: whether one call can win it (default no). */
	firstCall?: boolean;
}

/** How many implication questions make the buyer feel a need, and how they put off a rush. */
export interface BuyerAwareness extends Located {
	needId: string;
	/** Implication questions (after the need is admitted) before the buyer feels it; 1 or more. */
	implications: number;
	/** What the buyer says to a need-payoff question or benefit on this need before it is felt. */
	deflect?: string;
}

/** Patience of a buyer whose script says nothing about it (docs/buyer.md#patience). */
export const DEFAULT_PATIENCE = { start: 6, situation: 4, closeOutcome: 'noSale' } as const;

/** How long the buyer bears a call that goes badly, and how they end it. */
export interface BuyerPatience {
	start: number;
	/** Situation questions the buyer answers before they start to tire. */
	situation: number;
	/** What the buyer says when patience runs out. */
	close?: string;
	closeOutcome: ClosingOutcome;
}

/** Lines the buyer uses whatever the question, instead of the app's generic ones. */
export interface BuyerLines {
	/** A typed question the buyer cannot place. */
	unclear?: string;
	/** A need-payoff question or benefit before the need is felt. */
	deflect?: string;
	/** A benefit on a need the buyer stated. */
	support?: string;
}

export interface BuyerScript {
	persona: string;
	replies: BuyerReply[];
	objections: BuyerObjection[];
	accepts: BuyerAcceptance[];
	/** Per-need awareness thresholds; a need not listed takes one implication question. */
	awareness?: BuyerAwareness[];
	/** Absent: `DEFAULT_PATIENCE`. */
	patience?: BuyerPatience;
	lines?: BuyerLines;
}

export interface Playbook {
	meta: PlaybookMeta;
	opening: OpeningMove[];
	needs: Need[];
	questions: Question[];
	capabilities: CapabilityCard[];
	objections: Objection[];
	commitment: Commitment;
	buyer: BuyerScript | null;
	/** The competitors the front matter lists (`competitors:`), in its order; absent: no list. */
	competitors?: string[];
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
	/** Stable snake_case code from the catalogue in `diagnostics.ts`; its words are `diag_<code>`. */
	code: DiagnosticCode;
	severity: Severity;
	file?: string;
	/** 1-based, counted in the original file (BOM and CRLF included; a BOM is not a column). */
	line: number;
	column: number;
	endLine?: number;
	endColumn?: number;
	/** A few source lines around the problem with a caret under it. */
	frame: string;
	/** The values the message is built from, so it can be worded in any language. */
	params?: Record<string, string | number>;
	/** An obvious repair: replace the range (line:column to endLine:endColumn) with this text. */
	fix?: { replacement: string };
}

export interface ParseResult {
	/** `null` only when the file is unusable (e.g. no front matter id/title). */
	playbook: Playbook | null;
	diagnostics: Diagnostic[];
}
