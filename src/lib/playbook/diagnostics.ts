// The catalogue of everything the playbook checker can report, one function per code (as in the
// Svelte compiler's messages). Each returns a located-later `Problem`: a stable code, a severity,
// an English message for the CLI and `params` so the UI can say the same thing in Chinese.
// Errors make a playbook unusable for a call; warnings are advice.
import type { Severity } from './types';

export type Params = Record<string, string | number>;

/** Why an item has no place, as a code the UI can word in either language. */
export type OutsideReason =
	| 'before_sections'
	| 'after_unknown_heading'
	| 'investigating'
	| 'no_card'
	| 'no_objection'
	| 'no_commitment_part'
	| 'no_buyer_part';

const OUTSIDE: Record<OutsideReason, (heading: string) => string> = {
	before_sections: () => 'no section has started yet',
	after_unknown_heading: (h) => `it follows \`${h}\`, which is not a section`,
	investigating: () => 'Investigating only groups the four question sections',
	no_card: () => 'Capability items belong under a card heading',
	no_objection: () => 'Objections items belong under an objection heading',
	no_commitment_part: () => 'Commitment items belong under Summary, Advances or Question',
	no_buyer_part: () =>
		'Buyer items belong under Replies, Raises, Accepts, Awareness, Patience or Lines'
};
type None = Record<string, never>;

export interface Problem {
	code: string;
	severity: Severity;
	message: string;
	params: Params;
	/** An obvious repair: replace the problem's range with `replacement`. */
	fix?: { replacement: string };
}

function define<P extends Params = None>(
	code: string,
	severity: Severity,
	message: (params: P) => string
): ((params: P) => Problem) & { code: string; severity: Severity } {
	return Object.assign((params: P) => ({ code, severity, message: message(params), params }), {
		code,
		severity
	});
}

// File-level problems.
/** The file is larger than any playbook needs; it is not lexed. */
export const file_too_large = define(
	'file_too_large',
	'error',
	(p: { size: number; limit: number }) =>
		`The file is ${p.size} characters long; a playbook may have at most ${p.limit}`
);
/** The checker could not read the file (CLI only). */
export const file_unreadable = define(
	'file_unreadable',
	'error',
	(p: { detail: string }) => `The file cannot be read (${p.detail})`
);
/** The file holds NUL or many control characters, so it is not text. */
export const binary_content = define(
	'binary_content',
	'error',
	() => 'The file does not look like text (it holds binary or control characters)'
);
/** A line nests lists or quotes too deeply to lex safely; it is blanked out. */
export const nesting_too_deep = define(
	'nesting_too_deep',
	'warning',
	(p: { depth: number }) => `This line nests lists or quotes ${p.depth} levels deep; it is ignored`
);
/** The parser itself failed; reported instead of throwing. */
export const internal_error = define(
	'internal_error',
	'error',
	(p: { detail: string }) => `The checker failed on this file; please report it (${p.detail})`
);

// Front matter.
/** The file does not start with a `---` front matter block. */
export const frontmatter_missing = define(
	'frontmatter_missing',
	'error',
	() => 'The file must start with front matter between two `---` lines'
);
/** The front matter has no closing `---`. */
export const frontmatter_unclosed = define(
	'frontmatter_unclosed',
	'error',
	() => 'The front matter has no closing `---` line'
);
/** A front matter line is not `key: value`. */
export const frontmatter_line_invalid = define(
	'frontmatter_line_invalid',
	'warning',
	() => 'Front matter lines must look like `key: value`'
);
/** A front matter key the format does not define. */
export const frontmatter_field_unknown = define(
	'frontmatter_field_unknown',
	'warning',
	(p: { field: string }) => `Unknown front matter key \`${p.field}\``
);
/** A front matter key appears twice. */
export const frontmatter_field_duplicate = define(
	'frontmatter_field_duplicate',
	'warning',
	(p: { field: string }) => `Front matter key \`${p.field}\` is given twice; the last one wins`
);
/** A required front matter key (id, title, locale, version, offer) is absent. */
export const frontmatter_field_missing = define(
	'frontmatter_field_missing',
	'error',
	(p: { field: string }) => `Front matter needs \`${p.field}\``
);
/** An id, locale or tier value outside what the format allows. */
export const frontmatter_field_invalid = define(
	'frontmatter_field_invalid',
	'error',
	(p: { field: string; value: string; expected: string }) =>
		`\`${p.value}\` is not a valid ${p.field}; expected ${p.expected}`
);

// Structure.
/** A heading that names no section or sub-heading. */
export const heading_unknown = define(
	'heading_unknown',
	'warning',
	(p: { text: string }) => `\`${p.text}\` is not a section this app knows; its content is ignored`
);
/** A list item where no section (or sub-heading) can hold it. */
export const item_outside_section = define(
	'item_outside_section',
	'warning',
	(p: { reason: OutsideReason; heading: string }) =>
		`This item is ignored: ${OUTSIDE[p.reason](p.heading)}`
);
/** A `Label:` the current section does not use. */
export const label_unknown = define(
	'label_unknown',
	'warning',
	(p: { label: string; section: string }) => `\`${p.label}\` is not a label used under ${p.section}`
);
/** A detail or card line without a `Label:`. */
export const label_missing = define(
	'label_missing',
	'warning',
	(p: { section: string }) => `Lines under ${p.section} must read \`Label: value\``
);
/** A card gives the same part (e.g. Feature) twice. */
export const label_duplicate = define(
	'label_duplicate',
	'warning',
	(p: { label: string }) => `\`${p.label}\` is given twice; the last one wins`
);
/** An item with no text besides its id. */
export const text_empty = define(
	'text_empty',
	'warning',
	() => 'This item has no text; it is ignored'
);
/** A call stage (opening, demonstrating, committing) has nothing in it. */
export const stage_empty = define(
	'stage_empty',
	'warning',
	(p: { stage: string }) => `Nothing to offer the rep in the ${p.stage} stage`
);
/** No SPIN questions at all: the playbook cannot drive a call. */
export const questions_missing = define(
	'questions_missing',
	'error',
	() => 'The playbook has no questions (situation, problem, implication or need-payoff)'
);
/** One of the four SPIN question types has no questions. */
export const spin_type_empty = define(
	'spin_type_empty',
	'warning',
	(p: { type: string }) => `There are no ${p.type} questions`
);
/** No Buyer section, so no rehearsal. */
export const buyer_missing = define(
	'buyer_missing',
	'warning',
	() => 'There is no Buyer section, so this playbook cannot be rehearsed'
);

// Ids and references.
/** An explicit id already used elsewhere in the playbook. */
export const id_duplicate = define(
	'id_duplicate',
	'error',
	(p: { id: string; line: number }) => `The id \`${p.id}\` is already used on line ${p.line}`
);
/** An explicit id with characters ids may not hold. */
export const id_invalid = define(
	'id_invalid',
	'error',
	(p: { id: string }) =>
		`\`${p.id}\` is not a valid id: use letters, digits, \`-\` and \`_\` (at most 64)`
);
/** A reference (Need, Meets, Reveals, States, When) to a need that does not exist. */
export const need_unknown = define(
	'need_unknown',
	'error',
	(p: { id: string }) => `There is no need with the id \`${p.id}\``
);
/** A need no problem question uncovers. */
export const need_not_uncovered = define(
	'need_not_uncovered',
	'warning',
	(p: { id: string }) => `No problem question uncovers the need \`${p.id}\``
);
/** A need no implication question develops. */
export const need_not_developed = define(
	'need_not_developed',
	'warning',
	(p: { id: string }) => `No implication question develops the need \`${p.id}\``
);
/** A need no capability benefit meets. */
export const need_not_met = define(
	'need_not_met',
	'warning',
	(p: { id: string }) => `No capability benefit meets the need \`${p.id}\``
);

// Capability, objections, commitment.
/** A capability card without its feature, advantage or benefit. */
export const card_incomplete = define(
	'card_incomplete',
	'warning',
	(p: { missing: string }) => `This capability card lacks: ${p.missing}`
);
/** A benefit that names no need it meets. */
export const benefit_without_need = define(
	'benefit_without_need',
	'warning',
	() => 'A benefit must meet a need the customer stated; add `Meets: need-id`'
);
/** An objection with no answer for the rep. */
export const objection_without_answer = define(
	'objection_without_answer',
	'warning',
	() => 'This objection has no `Answer`'
);
/** An advance whose kind is not one of the known kinds. */
export const advance_kind_unknown = define(
	'advance_kind_unknown',
	'warning',
	(p: { kind: string }) =>
		`\`${p.kind}\` is not an advance kind (Demo, Training, Senior meeting, Trial, Visit, Other); treated as Other`
);

// Competitors: the front matter's `competitors` list and objections' `Competitor` lines.
/** An objection's `Competitor` that the front matter's `competitors` list does not name. */
export const competitor_unknown = define(
	'competitor_unknown',
	'warning',
	(p: { name: string }) => `\`${p.name}\` is not in the front matter's \`competitors\` list`
);
/** A competitor without a name: an empty `Competitor` line or an empty entry in the list. */
export const competitor_empty = define(
	'competitor_empty',
	'warning',
	() => 'A competitor needs a name; this one is ignored'
);
/** A name the front matter's `competitors` list gives twice. */
export const competitor_duplicate = define(
	'competitor_duplicate',
	'warning',
	(p: { name: string }) => `The competitor \`${p.name}\` is listed twice`
);

// Buyer script.
/** A buyer reply keyed by neither a question id nor a SPIN type. */
export const buyer_reply_unknown_question = define(
	'buyer_reply_unknown_question',
	'error',
	(p: { key: string }) => `\`${p.key}\` is neither a question id nor a question type`
);
/** A buyer objection keyed by an id no objection has. */
export const buyer_objection_unknown = define(
	'buyer_objection_unknown',
	'error',
	(p: { id: string }) => `There is no objection with the id \`${p.id}\``
);
/** A buyer acceptance keyed by an id no advance has (and not `order`). */
export const buyer_advance_unknown = define(
	'buyer_advance_unknown',
	'error',
	(p: { id: string }) => `There is no advance with the id \`${p.id}\` (nor is it \`order\`)`
);
/** An `After` value that is not one of the triggers the buyer knows. */
export const trigger_unknown = define(
	'trigger_unknown',
	'warning',
	(p: { value: string }) =>
		`\`${p.value}\` is not one of feature, advantage, benefit, any, proposal, order, early; it is ignored`
);
/** An Awareness count that is not a whole number from 1 to 9. */
export const awareness_count_invalid = define(
	'awareness_count_invalid',
	'warning',
	(p: { value: string }) =>
		`\`${p.value}\` must be how many implication questions the need takes, 1 to 9; 1 is used`
);
/** A Patience `start` or `situation` value that is not a whole number in its range. */
export const patience_value_invalid = define(
	'patience_value_invalid',
	'warning',
	(p: { value: string; min: number; max: number }) =>
		`\`${p.value}\` must be a whole number from ${p.min} to ${p.max}; the default is used`
);
/** A Patience item other than start, situation or close. */
export const patience_key_unknown = define(
	'patience_key_unknown',
	'warning',
	(p: { key: string }) => `\`${p.key}\` is not one of start, situation, close; it is ignored`
);
/** A closing `Outcome` other than continuation or no-sale. */
export const outcome_invalid = define(
	'outcome_invalid',
	'warning',
	(p: { value: string }) => `\`${p.value}\` is not continuation or no-sale; no-sale is used`
);
/** An answer's `Quality` other than strong or weak. */
export const answer_quality_invalid = define(
	'answer_quality_invalid',
	'warning',
	(p: { value: string }) => `\`${p.value}\` is not strong or weak; the answer counts as strong`
);
/** A Lines item other than unclear, deflect or support. */
export const line_key_unknown = define(
	'line_key_unknown',
	'warning',
	(p: { key: string }) => `\`${p.key}\` is not one of unclear, deflect, support; it is ignored`
);
/** A `First call` value other than yes or no. */
export const first_call_invalid = define(
	'first_call_invalid',
	'warning',
	(p: { value: string }) => `\`${p.value}\` must be yes or no; no is used`
);
/** A `Cards` entry that names no capability card. */
export const card_unknown = define(
	'card_unknown',
	'error',
	(p: { id: string }) => `There is no capability card with the id \`${p.id}\``
);
/** A `Blocks` entry that names no advance (nor \`order\`). */
export const blocks_advance_unknown = define(
	'blocks_advance_unknown',
	'error',
	(p: { id: string }) =>
		`\`${p.id}\` cannot be blocked: there is no advance with that id (nor is it \`order\`)`
);
/** A `Resolved` entry that names no objection. */
export const resolved_objection_unknown = define(
	'resolved_objection_unknown',
	'error',
	(p: { id: string }) =>
		`\`${p.id}\` cannot be required resolved: there is no objection with that id`
);
/** A `When` condition that is not `need-id explicit` or `need-id met`. */
export const condition_invalid = define(
	'condition_invalid',
	'error',
	(p: { value: string }) => `\`${p.value}\` must read \`need-id explicit\` or \`need-id met\``
);

// Reachability: whether a call against the scripted buyer can walk each part (reach.ts).
/** A need no need-payoff question asks the buyer to put a value on. */
export const need_no_payoff = define(
	'need_no_payoff',
	'warning',
	(p: { id: string }) => `No need-payoff question lets the buyer state the need \`${p.id}\``
);
/** A need the buyer can never state (no reply, no problem → implication → need-payoff path). */
export const need_never_stated = define(
	'need_never_stated',
	'warning',
	(p: { id: string }) =>
		`The buyer can never state the need \`${p.id}\`: no reply states it, and no problem, implication and need-payoff question lead there`
);
/** A buyer acceptance with a condition that no reply or card can ever satisfy. */
export const accept_unreachable = define(
	'accept_unreachable',
	'warning',
	(p: { advance: string; need: string; state: string }) =>
		`The buyer never accepts \`${p.advance}\`: \`${p.need} ${p.state}\` can never hold`
);
/** A buyer objection whose triggers can never fire (no card says what it follows). */
export const objection_trigger_unreachable = define(
	'objection_trigger_unreachable',
	'warning',
	(p: { id: string; after: string }) =>
		`The buyer never raises \`${p.id}\`: nothing in the playbook is a ${p.after} it could follow`
);
/** An advance the buyer script never accepts. */
export const advance_never_accepted = define(
	'advance_never_accepted',
	'warning',
	(p: { id: string }) => `The buyer never accepts the advance \`${p.id}\`; add it under Accepts`
);

/** Every code in the catalogue with its severity, for the UI's message table and for tests. */
export const CATALOGUE: Record<string, Severity> = Object.fromEntries(
	[
		file_too_large,
		file_unreadable,
		binary_content,
		nesting_too_deep,
		internal_error,
		frontmatter_missing,
		frontmatter_unclosed,
		frontmatter_line_invalid,
		frontmatter_field_unknown,
		frontmatter_field_duplicate,
		frontmatter_field_missing,
		frontmatter_field_invalid,
		heading_unknown,
		item_outside_section,
		label_unknown,
		label_missing,
		label_duplicate,
		text_empty,
		stage_empty,
		questions_missing,
		spin_type_empty,
		buyer_missing,
		id_duplicate,
		id_invalid,
		need_unknown,
		need_not_uncovered,
		need_not_developed,
		need_not_met,
		card_incomplete,
		benefit_without_need,
		objection_without_answer,
		advance_kind_unknown,
		competitor_unknown,
		competitor_empty,
		competitor_duplicate,
		buyer_reply_unknown_question,
		buyer_objection_unknown,
		buyer_advance_unknown,
		trigger_unknown,
		condition_invalid,
		awareness_count_invalid,
		patience_value_invalid,
		patience_key_unknown,
		outcome_invalid,
		answer_quality_invalid,
		line_key_unknown,
		first_call_invalid,
		card_unknown,
		blocks_advance_unknown,
		resolved_objection_unknown,
		need_no_payoff,
		need_never_stated,
		accept_unreachable,
		objection_trigger_unreachable,
		advance_never_accepted
	].map((d) => [d.code, d.severity])
);
