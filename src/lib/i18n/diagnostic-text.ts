// A playbook diagnostic in the UI language. Each family of codes is one typed table of
// Paraglide messages (`satisfies Record<Code, …>`): a code the checker adds without a message in
// messages/*.json fails the type check. The CLI words the same codes from the same JSON files.
import { m } from '$lib/paraglide/messages.js';
import type {
	CardPart,
	DiagnosticCode,
	DiagnosticSection,
	OutsideReason
} from '$lib/playbook/diagnostics';
import type { Diagnostic } from '$lib/playbook/types';
import { wordDiagnostic, type DiagnosticWords } from './diagnostic-core';
import { spinTypeLabel, stageName } from './labels';

/** A message that takes the diagnostic's params (typed loosely: the checker fills them). */
type WithParams = (inputs: never) => string;

export const DIAGNOSTIC_TEXT = {
	file_too_large: m.diag_file_too_large,
	file_unreadable: m.diag_file_unreadable,
	binary_content: m.diag_binary_content,
	nesting_too_deep: m.diag_nesting_too_deep,
	internal_error: m.diag_internal_error,
	frontmatter_missing: m.diag_frontmatter_missing,
	frontmatter_unclosed: m.diag_frontmatter_unclosed,
	frontmatter_line_invalid: m.diag_frontmatter_line_invalid,
	frontmatter_field_unknown: m.diag_frontmatter_field_unknown,
	frontmatter_field_duplicate: m.diag_frontmatter_field_duplicate,
	frontmatter_field_missing: m.diag_frontmatter_field_missing,
	frontmatter_field_invalid: m.diag_frontmatter_field_invalid,
	heading_unknown: m.diag_heading_unknown,
	item_outside_section: m.diag_item_outside_section,
	label_unknown: m.diag_label_unknown,
	label_missing: m.diag_label_missing,
	label_duplicate: m.diag_label_duplicate,
	text_empty: m.diag_text_empty,
	stage_empty: m.diag_stage_empty,
	questions_missing: m.diag_questions_missing,
	spin_type_empty: m.diag_spin_type_empty,
	buyer_missing: m.diag_buyer_missing,
	id_duplicate: m.diag_id_duplicate,
	id_invalid: m.diag_id_invalid,
	need_unknown: m.diag_need_unknown,
	need_not_uncovered: m.diag_need_not_uncovered,
	need_not_developed: m.diag_need_not_developed,
	need_not_met: m.diag_need_not_met,
	card_incomplete: m.diag_card_incomplete,
	benefit_without_need: m.diag_benefit_without_need,
	objection_without_answer: m.diag_objection_without_answer,
	advance_kind_unknown: m.diag_advance_kind_unknown,
	buyer_reply_unknown_question: m.diag_buyer_reply_unknown_question,
	buyer_objection_unknown: m.diag_buyer_objection_unknown,
	buyer_advance_unknown: m.diag_buyer_advance_unknown,
	trigger_unknown: m.diag_trigger_unknown,
	awareness_count_invalid: m.diag_awareness_count_invalid,
	patience_value_invalid: m.diag_patience_value_invalid,
	patience_key_unknown: m.diag_patience_key_unknown,
	outcome_invalid: m.diag_outcome_invalid,
	answer_quality_invalid: m.diag_answer_quality_invalid,
	line_key_unknown: m.diag_line_key_unknown,
	first_call_invalid: m.diag_first_call_invalid,
	card_unknown: m.diag_card_unknown,
	blocks_advance_unknown: m.diag_blocks_advance_unknown,
	resolved_objection_unknown: m.diag_resolved_objection_unknown,
	condition_invalid: m.diag_condition_invalid,
	need_no_payoff: m.diag_need_no_payoff,
	need_never_stated: m.diag_need_never_stated,
	accept_unreachable: m.diag_accept_unreachable,
	objection_trigger_unreachable: m.diag_objection_trigger_unreachable,
	advance_never_accepted: m.diag_advance_never_accepted,
	competitor_unknown: m.diag_competitor_unknown,
	competitor_empty: m.diag_competitor_empty,
	competitor_duplicate: m.diag_competitor_duplicate
} satisfies Record<DiagnosticCode, WithParams>;

export const SECTION_TEXT = {
	opening: m.diag_section_opening,
	needs: m.diag_section_needs,
	situation: m.diag_section_situation,
	problem: m.diag_section_problem,
	implication: m.diag_section_implication,
	'need-payoff': m.diag_section_need_payoff,
	capability: m.diag_section_capability,
	objections: m.diag_section_objections,
	commitment: m.diag_section_commitment,
	buyer: m.diag_section_buyer,
	questions: m.diag_section_questions,
	replies: m.diag_section_replies,
	raises: m.diag_section_raises,
	accepts: m.diag_section_accepts,
	awareness: m.diag_section_awareness,
	patience: m.diag_section_patience,
	lines: m.diag_section_lines
} satisfies Record<DiagnosticSection, () => string>;

export const PART_TEXT = {
	feature: m.diag_part_feature,
	advantage: m.diag_part_advantage,
	benefit: m.diag_part_benefit
} satisfies Record<CardPart, () => string>;

export const OUTSIDE_TEXT = {
	before_sections: m.diag_outside_before_sections,
	after_unknown_heading: m.diag_outside_after_unknown_heading,
	investigating: m.diag_outside_investigating,
	no_card: m.diag_outside_no_card,
	no_objection: m.diag_outside_no_objection,
	no_commitment_part: m.diag_outside_no_commitment_part,
	no_buyer_part: m.diag_outside_no_buyer_part
} satisfies Record<OutsideReason, WithParams>;

const call = (fn: WithParams, params: Record<string, unknown>): string =>
	(fn as (p: Record<string, unknown>) => string)(params);

const WORDS: DiagnosticWords = {
	message: (code, params) => call(DIAGNOSTIC_TEXT[code], params),
	section: (section) => SECTION_TEXT[section](),
	part: (part) => PART_TEXT[part](),
	outside: (reason, heading) => call(OUTSIDE_TEXT[reason], { heading }),
	stage: stageName,
	spinType: spinTypeLabel,
	listSeparator: () => m.diag_list_separator(),
	didYouMean: (suggestion) => m.diag_did_you_mean({ suggestion })
};

/** The message of `diagnostic` in the UI language. */
export function diagnosticText(diagnostic: Pick<Diagnostic, 'code' | 'params'>): string {
	return wordDiagnostic(WORDS, diagnostic);
}
