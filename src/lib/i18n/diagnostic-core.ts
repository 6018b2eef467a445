// Words a diagnostic in any language, given a message lookup. Pure, so the browser (Paraglide's
// compiled messages) and the command-line checker (the same messages/*.json) share it.
import type { Diagnostic } from '$lib/playbook/types';

type Params = Record<string, string | number>;
/** A message by key with parameters, or `undefined` when the catalogue has no such key. */
export type Lookup = (key: string, params?: Record<string, unknown>) => string | undefined;

function localParams(lookup: Lookup, params: Params): Params {
	const word = (key: string, value: string | number) =>
		typeof value === 'string' ? (lookup(key) ?? value) : value;
	const out: Params = { ...params };
	if (typeof params.section === 'string') {
		out.section = word(`diag_section_${params.section.replace(/-/g, '_')}`, params.section);
	}
	if (typeof params.stage === 'string')
		out.stage = word(`common_stage_${params.stage}`, params.stage);
	if (typeof params.type === 'string') {
		const type = params.type === 'need-payoff' ? 'needPayoff' : params.type;
		out.type = word(`common_spin_${type}`, params.type);
	}
	if (typeof params.missing === 'string') {
		out.missing = params.missing
			.split(/,\s*/)
			.map((part) => word(`diag_part_${part}`, part))
			.join(lookup('diag_list_separator') ?? ', ');
	}
	if (typeof params.reason === 'string') {
		const reasonText = lookup(`diag_outside_${params.reason}`, { heading: params.heading ?? '' });
		if (reasonText) out.reasonText = reasonText;
	}
	return out;
}

/** The message of `diagnostic` through `lookup`, or its English message when none fits. */
export function wordDiagnostic(
	lookup: Lookup,
	diagnostic: Pick<Diagnostic, 'code' | 'message' | 'params'>
): string {
	const params = localParams(lookup, diagnostic.params ?? {});
	let missing = false;
	// Watch which parameters the message reads: a placeholder filled with "undefined" would read
	// worse than the English original.
	const watched = new Proxy(params, {
		get(target, key) {
			if (typeof key === 'string' && !(key in target)) missing = true;
			return Reflect.get(target, key);
		}
	});
	const text = lookup(`diag_${diagnostic.code}`, watched);
	if (!text || missing) return diagnostic.message;
	const suggestion = diagnostic.params?.suggestion;
	if (suggestion === undefined) return text;
	return text + (lookup('diag_did_you_mean', { suggestion }) ?? ` (${suggestion}?)`);
}

/** Fills `{name}` placeholders of a plain message (what messages/*.json hold) from `params`. */
export function fillMessage(pattern: string, params: Record<string, unknown> = {}): string {
	return pattern.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
}
