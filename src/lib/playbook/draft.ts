// What the section walk collects before ids are settled and references checked.
import type { OutsideReason } from './diagnostics';
import type { BuyerPart, CommitmentPart, SectionKind } from './names';
import type { Span } from './report';
import type {
	BuyerAcceptance,
	BuyerObjection,
	BuyerReply,
	BuyerScript,
	CapabilityCard,
	Located,
	Objection,
	Playbook
} from './types';

export type Body = Omit<Playbook, 'meta'>;

/** An item whose id is settled after the walk (explicit ids are claimed before derived ones). */
export interface IdRequest {
	target: Located;
	explicit?: string;
	/** Where the `{#id}` mark (or the item) is, for id diagnostics. */
	span: Span;
	/** Text to derive an id from when none is written (or it is unusable). */
	base: string;
	/** Buyer entries live in their own namespace: their keys are other items' ids. */
	space: 'main' | 'buyer';
}

export interface NeedRef extends Span {
	id: string;
}

export interface CompetitorRef extends Span {
	objection: Objection;
	name: string;
}

export interface Keyed<T> {
	entry: T;
	key: string;
	span: Span;
}

export interface CardDraft {
	card: CapabilityCard;
	span: Span;
	seen: Set<string>;
}

export interface Draft {
	body: Body;
	buyer: BuyerScript | null;
	ids: IdRequest[];
	needRefs: NeedRef[];
	cards: CardDraft[];
	objections: { objection: Objection; span: Span }[];
	replies: Keyed<BuyerReply>[];
	raises: Keyed<BuyerObjection>[];
	accepts: Keyed<BuyerAcceptance>[];
	/** Buyer references to cards (`Cards`), advances (`Blocks`) and objections (`Resolved`). */
	cardRefs: NeedRef[];
	blockRefs: NeedRef[];
	resolvedRefs: NeedRef[];
	/** Objections' `Competitor` names, checked against the front matter's list. */
	competitorRefs: CompetitorRef[];
	/** Where each section first appears, for stage-level diagnostics. */
	sectionAt: Map<string, number>;
}

/** An empty draft. */
export function emptyDraft(): Draft {
	return {
		body: {
			opening: [],
			needs: [],
			questions: [],
			capabilities: [],
			objections: [],
			commitment: { summary: [], advances: [], questions: [] },
			buyer: null
		},
		buyer: null,
		ids: [],
		needRefs: [],
		cards: [],
		objections: [],
		replies: [],
		raises: [],
		accepts: [],
		cardRefs: [],
		blockRefs: [],
		resolvedRefs: [],
		competitorRefs: [],
		sectionAt: new Map()
	};
}

/** Where the walk is: the current section and, inside it, the current sub-heading. */
export interface Place {
	section: SectionKind | null;
	depth: number;
	/** Why an item here would have no place, for `item_outside_section`. */
	outside: OutsideReason;
	/** The unknown heading that ended the last section, if that is why. */
	heading: string;
	part: CommitmentPart | BuyerPart | null;
}

/** Builds the id request for an item or heading with an optional `{#id}` mark. */
export function idRequest(
	target: { id: string; line: number },
	mark: { text: string; id?: string; at?: number },
	start: number,
	span: { start: number; end?: number },
	space: 'main' | 'buyer',
	base = mark.text
): IdRequest {
	const at = mark.at !== undefined ? start + mark.at : undefined;
	return {
		target,
		explicit: mark.id,
		span: at !== undefined ? { start: at, end: at + 3 + (mark.id?.length ?? 0) } : span,
		base,
		space
	};
}
