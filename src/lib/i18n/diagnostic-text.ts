// A playbook diagnostic in the UI language. The checker passes codes as parameters (section
// names, stages, SPIN types, card parts, why an item has no place); those are worded here too.
// The checker's English message is the fallback for a code, or a parameter, this catalogue does
// not know yet.
import type { Diagnostic } from '$lib/playbook/types';
import { lookup as common, lookupIn, messageTable } from './labels';

type Params = Record<string, string | number>;

const DIAG = messageTable(import.meta.glob('../paraglide/messages/diag_*.js', { eager: true }));
const lookup = (key: string, params?: Record<string, unknown>) =>
	key.startsWith('diag_') ? lookupIn(DIAG, key, params) : common(key, params);

function word(key: string, value: string | number): string | number {
	return typeof value === 'string' ? (lookup(key) ?? value) : value;
}

/** The diagnostic's parameters with coded values replaced by words in the UI language. */
function localParams(params: Params): Params {
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

/** The translated message of `diagnostic`, or its English message when no translation fits. */
export function diagnosticText(
	diagnostic: Pick<Diagnostic, 'code' | 'message' | 'params'>
): string {
	const params = localParams(diagnostic.params ?? {});
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
	return text && !missing ? text : diagnostic.message;
}
