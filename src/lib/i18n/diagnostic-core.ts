// Words a diagnostic in any language from its code and params. Pure, so the browser (Paraglide's
// compiled messages, through the typed tables of diagnostic-text.ts) and the command-line checker
// (the same messages/*.json) share it: the text of each code exists once, in messages/*.json.
import {
	CARD_PARTS,
	DIAGNOSTIC_SECTIONS,
	OUTSIDE_REASONS,
	type CardPart,
	type DiagnosticCode,
	type DiagnosticSection,
	type OutsideReason
} from '$lib/playbook/diagnostics';
import type { Diagnostic, SpinType } from '$lib/playbook/types';

type Params = Record<string, string | number>;

/** The words a diagnostic is made of, in one language. */
export interface DiagnosticWords {
	message(code: DiagnosticCode, params: Params): string;
	section(section: DiagnosticSection): string;
	part(part: CardPart): string;
	outside(reason: OutsideReason, heading: string): string;
	stage(stage: 'opening' | 'investigating' | 'demonstrating' | 'committing'): string;
	spinType(type: SpinType): string;
	listSeparator(): string;
	didYouMean(suggestion: string): string;
}

const STAGES = ['opening', 'investigating', 'demonstrating', 'committing'] as const;
const SPIN: Record<string, SpinType> = {
	situation: 'situation',
	problem: 'problem',
	implication: 'implication',
	'need-payoff': 'needPayoff',
	needPayoff: 'needPayoff'
};
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
	typeof value === 'string' && (list as readonly string[]).includes(value);

/** The params of a diagnostic with its coded values (sections, stages, types, parts) worded. */
function localParams(words: DiagnosticWords, params: Params): Params {
	const out: Params = { ...params };
	if (isOneOf(DIAGNOSTIC_SECTIONS, params.section)) out.section = words.section(params.section);
	if (isOneOf(STAGES, params.stage)) out.stage = words.stage(params.stage);
	if (typeof params.type === 'string' && Object.hasOwn(SPIN, params.type)) {
		out.type = words.spinType(SPIN[params.type]);
	}
	if (typeof params.missing === 'string') {
		out.missing = params.missing
			.split(/,\s*/)
			.map((part) => (isOneOf(CARD_PARTS, part) ? words.part(part) : part))
			.join(words.listSeparator());
	}
	if (isOneOf(OUTSIDE_REASONS, params.reason)) {
		out.reasonText = words.outside(params.reason, String(params.heading ?? ''));
	}
	return out;
}

/** The message of `diagnostic` in the language of `words`, with its "did you mean". */
export function wordDiagnostic(
	words: DiagnosticWords,
	diagnostic: Pick<Diagnostic, 'code' | 'params'>
): string {
	const params = localParams(words, diagnostic.params ?? {});
	const text = words.message(diagnostic.code, params);
	const suggestion = diagnostic.params?.suggestion;
	return suggestion === undefined ? text : text + words.didYouMean(String(suggestion));
}

/** Fills `{name}` placeholders of a plain message (what messages/*.json hold) from `params`. */
export function fillMessage(pattern: string, params: Record<string, unknown> = {}): string {
	return pattern.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/**
 * Diagnostic words read from a messages/*.json table by key (the CLI): `diag_<code>`,
 * `diag_section_<section>`, `diag_part_<part>`, `diag_outside_<reason>`. A key the table lacks
 * reads as the key itself; a unit test checks that none is missing in either language.
 */
export function wordsFromTable(table: Record<string, unknown>): DiagnosticWords {
	const text = (key: string, params?: Record<string, unknown>) => {
		const pattern = table[key];
		return typeof pattern === 'string' ? fillMessage(pattern, params) : key;
	};
	return {
		message: (code, params) => text(`diag_${code}`, params),
		section: (section) => text(`diag_section_${section.replace(/-/g, '_')}`),
		part: (part) => text(`diag_part_${part}`),
		outside: (reason, heading) => text(`diag_outside_${reason}`, { heading }),
		stage: (stage) => text(`common_stage_${stage}`),
		spinType: (type) => text(`common_spin_${type}`),
		listSeparator: () => text('diag_list_separator'),
		didYouMean: (suggestion) => text('diag_did_you_mean', { suggestion })
	};
}
