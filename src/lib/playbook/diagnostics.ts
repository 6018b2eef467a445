// The catalogue of everything the playbook checker can report, one definition per code (as in
// the Svelte compiler's messages). Each returns a located-later `Problem`: a stable code, a
// severity and the `params` its message is built from. The words live in one place only,
// messages/en.json and messages/zh-CN.json (`diag_<code>`): the app renders them through the typed
// table in src/lib/i18n/diagnostic-text.ts, the CLI through the same JSON files.
// Errors make a playbook unusable for a call; warnings are advice.
import type { Severity } from './types';

export type Params = Record<string, string | number>;

/** Why an item has no place, as a code the UI can word in either language. */
export const OUTSIDE_REASONS = [
	'before_sections',
	'after_unknown_heading',
	'investigating',
	'no_card',
	'no_objection',
	'no_commitment_part',
	'no_buyer_part'
] as const;
export type OutsideReason = (typeof OUTSIDE_REASONS)[number];

/** The sections a message can name (`section` params; `need-payoff` as written in the file). */
export const DIAGNOSTIC_SECTIONS = [
	'opening',
	'needs',
	'situation',
	'problem',
	'implication',
	'need-payoff',
	'capability',
	'objections',
	'commitment',
	'buyer',
	'questions',
	'replies',
	'raises',
	'accepts',
	'awareness',
	'patience',
	'lines'
] as const;
export type DiagnosticSection = (typeof DIAGNOSTIC_SECTIONS)[number];

/** The parts of a capability card a `missing` param lists (comma-separated). */
export const CARD_PARTS = ['feature', 'advantage', 'benefit'] as const;
export type CardPart = (typeof CARD_PARTS)[number];

type None = Record<string, never>;

export interface Problem<C extends string = DiagnosticCode> {
	code: C;
	severity: Severity;
	params: Params;
	/** An obvious repair: replace the problem's range with `replacement`. */
	fix?: { replacement: string };
}

/** Names the params a code takes, for the type checker only. */
function takes<P extends Params>(): P | undefined {
	return undefined;
}

function define<C extends string, P extends Params = None>(
	code: C,
	severity: Severity,
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	_params?: P
): ((params: P) => Problem<C>) & { code: C; severity: Severity } {
	return Object.assign((params: P) => ({ code, severity, params }), { code, severity });
}

// File-level problems.
/** The file is larger than any playbook needs; it is not lexed. */
export const file_too_large = define(
	'file_too_large',
	'error',
	takes<{ size: number; limit: number }>()
);
/** The checker could not read the file (CLI only). */
export const file_unreadable = define('file_unreadable', 'error', takes<{ detail: string }>());
/** The file holds NUL or many control characters, so it is not text. */
export const binary_content = define('binary_content', 'error');
/** A line nests lists or quotes too deeply to lex safely; it is blanked out. */
export const nesting_too_deep = define('nesting_too_deep', 'warning', takes<{ depth: number }>());
/** The parser itself failed; reported instead of throwing. */
export const internal_error = define('internal_error', 'error', takes<{ detail: string }>());

// Front matter.
/** The file does not start with a `---` front matter block. */
export const frontmatter_missing = define('frontmatter_missing', 'error');
/** The front matter has no closing `---`. */
export const frontmatter_unclosed = define('frontmatter_unclosed', 'error');
/** A front matter line is not `key: value`. */
export const frontmatter_line_invalid = define('frontmatter_line_invalid', 'warning');
/** A front matter key the format does not define. */
export const frontmatter_field_unknown = define(
	'frontmatter_field_unknown',
	'warning',
	takes<{ field: string }>()
);
/** A front matter key appears twice. */
export const frontmatter_field_duplicate = define(
	'frontmatter_field_duplicate',
	'warning',
	takes<{ field: string }>()
);
/** A required front matter key (id, title, locale, version, offer) is absent. */
export const frontmatter_field_missing = define(
	'frontmatter_field_missing',
	'error',
	takes<{ field: string }>()
);
/** An id, locale or tier value outside what the format allows. */
export const frontmatter_field_invalid = define(
	'frontmatter_field_invalid',
	'error',
	takes<{ field: string; value: string; expected: string }>()
);

// Structure.
/** A heading that names no section or sub-heading. */
export const heading_unknown = define('heading_unknown', 'warning', takes<{ text: string }>());
/** A list item where no section (or sub-heading) can hold it. */
export const item_outside_section = define(
	'item_outside_section',
	'warning',
	takes<{ reason: OutsideReason; heading: string }>()
);
/** A `Label:` the current section does not use. */
export const label_unknown = define(
	'label_unknown',
	'warning',
	takes<{ label: string; section: DiagnosticSection }>()
);
/** A detail or card line without a `Label:`. */
export const label_missing = define(
	'label_missing',
	'warning',
	takes<{ section: DiagnosticSection }>()
);
/** A card gives the same part (e.g. Feature) twice. */
export const label_duplicate = define('label_duplicate', 'warning', takes<{ label: string }>());
/** An item with no text besides its id. */
export const text_empty = define('text_empty', 'warning');
/** A call stage (opening, demonstrating, committing) has nothing in it. */
export const stage_empty = define('stage_empty', 'warning', takes<{ stage: string }>());
/** No SPIN questions at all: the playbook cannot drive a call. */
export const questions_missing = define('questions_missing', 'error');
/** One of the four SPIN question types has no questions. */
export const spin_type_empty = define('spin_type_empty', 'warning', takes<{ type: string }>());
/** No Buyer section, so no rehearsal. */
export const buyer_missing = define('buyer_missing', 'warning');

// Ids and references.
/** An explicit id already used elsewhere in the playbook. */
export const id_duplicate = define('id_duplicate', 'error', takes<{ id: string; line: number }>());
/** An explicit id with characters ids may not hold. */
export const id_invalid = define('id_invalid', 'error', takes<{ id: string }>());
/** A reference (Need, Meets, Reveals, States, When) to a need that does not exist. */
export const need_unknown = define('need_unknown', 'error', takes<{ id: string }>());
/** A need no problem question uncovers. */
export const need_not_uncovered = define('need_not_uncovered', 'warning', takes<{ id: string }>());
/** A need no implication question develops. */
export const need_not_developed = define('need_not_developed', 'warning', takes<{ id: string }>());
/** A need no capability benefit meets. */
export const need_not_met = define('need_not_met', 'warning', takes<{ id: string }>());

// Capability, objections, commitment.
/** A capability card without its feature, advantage or benefit. */
export const card_incomplete = define('card_incomplete', 'warning', takes<{ missing: string }>());
/** A benefit that names no need it meets. */
export const benefit_without_need = define('benefit_without_need', 'warning');
/** An objection with no answer for the rep. */
export const objection_without_answer = define('objection_without_answer', 'warning');
/** An advance whose kind is not one of the known kinds. */
export const advance_kind_unknown = define(
	'advance_kind_unknown',
	'warning',
	takes<{ kind: string }>()
);

// Competitors: the front matter's `competitors` list and objections' `Competitor` lines.
/** An objection's `Competitor` that the front matter's `competitors` list does not name. */
export const competitor_unknown = define(
	'competitor_unknown',
	'warning',
	takes<{ name: string }>()
);
/** A competitor without a name: an empty `Competitor` line or an empty entry in the list. */
export const competitor_empty = define('competitor_empty', 'warning');
/** A name the front matter's `competitors` list gives twice. */
export const competitor_duplicate = define(
	'competitor_duplicate',
	'warning',
	takes<{ name: string }>()
);

// Buyer script.
/** A buyer reply keyed by neither a question id nor a SPIN type. */
export const buyer_reply_unknown_question = define(
	'buyer_reply_unknown_question',
	'error',
	takes<{ key: string }>()
);
/** A buyer objection keyed by an id no objection has. */
export const buyer_objection_unknown = define(
	'buyer_objection_unknown',
	'error',
	takes<{ id: string }>()
);
/** A buyer acceptance keyed by an id no advance has (and not `order`). */
export const buyer_advance_unknown = define(
	'buyer_advance_unknown',
	'error',
	takes<{ id: string }>()
);
/** An `After` value that is not one of the triggers the buyer knows. */
export const trigger_unknown = define('trigger_unknown', 'warning', takes<{ value: string }>());
/** An Awareness count that is not a whole number from 1 to 9. */
export const awareness_count_invalid = define(
	'awareness_count_invalid',
	'warning',
	takes<{ value: string }>()
);
/** A Patience `start` or `situation` value that is not a whole number in its range. */
export const patience_value_invalid = define(
	'patience_value_invalid',
	'warning',
	takes<{ value: string; min: number; max: number }>()
);
/** A Patience item other than start, situation or close. */
export const patience_key_unknown = define(
	'patience_key_unknown',
	'warning',
	takes<{ key: string }>()
);
/** A closing `Outcome` other than continuation or no-sale. */
export const outcome_invalid = define('outcome_invalid', 'warning', takes<{ value: string }>());
/** An answer's `Quality` other than strong or weak. */
export const answer_quality_invalid = define(
	'answer_quality_invalid',
	'warning',
	takes<{ value: string }>()
);
/** A Lines item other than unclear, deflect or support. */
export const line_key_unknown = define('line_key_unknown', 'warning', takes<{ key: string }>());
/** A `First call` value other than yes or no. */
export const first_call_invalid = define(
	'first_call_invalid',
	'warning',
	takes<{ value: string }>()
);
/** A `Cards` entry that names no capability card. */
export const card_unknown = define('card_unknown', 'error', takes<{ id: string }>());
/** A `Blocks` entry that names no advance (nor \`order\`). */
export const blocks_advance_unknown = define(
	'blocks_advance_unknown',
	'error',
	takes<{ id: string }>()
);
/** A `Resolved` entry that names no objection. */
export const resolved_objection_unknown = define(
	'resolved_objection_unknown',
	'error',
	takes<{ id: string }>()
);
/** A `When` condition that is not `need-id explicit` or `need-id met`. */
export const condition_invalid = define('condition_invalid', 'error', takes<{ value: string }>());

// Reachability: whether a call against the scripted buyer can walk each part (reach.ts).
/** A need no need-payoff question asks the buyer to put a value on. */
export const need_no_payoff = define('need_no_payoff', 'warning', takes<{ id: string }>());
/** A need the buyer can never state (no reply, no problem → implication → need-payoff path). */
export const need_never_stated = define('need_never_stated', 'warning', takes<{ id: string }>());
/** A buyer acceptance with a condition that no reply or card can ever satisfy. */
export const accept_unreachable = define(
	'accept_unreachable',
	'warning',
	takes<{ advance: string; need: string; state: string }>()
);
/** A buyer objection whose triggers can never fire (no card says what it follows). */
export const objection_trigger_unreachable = define(
	'objection_trigger_unreachable',
	'warning',
	takes<{ id: string; after: string }>()
);
/** An advance the buyer script never accepts. */
export const advance_never_accepted = define(
	'advance_never_accepted',
	'warning',
	takes<{ id: string }>()
);

const DEFINITIONS = [
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
] as const;

/** Every code the checker reports. */
export type DiagnosticCode = (typeof DEFINITIONS)[number]['code'];

/** Every code in the catalogue with its severity, for tests and tools. */
export const CATALOGUE = Object.fromEntries(DEFINITIONS.map((d) => [d.code, d.severity])) as Record<
	DiagnosticCode,
	Severity
>;
