// A playbook diagnostic in the UI language: the checker's English message is the fallback
// for a code this catalogue does not know yet, or one whose parameters it does not get.
import type { Diagnostic } from '$lib/playbook/types';
import { lookup } from './labels';

/** The translated message of `diagnostic`, or its English message when no translation fits. */
export function diagnosticText(
	diagnostic: Pick<Diagnostic, 'code' | 'message' | 'params'>
): string {
	const params = diagnostic.params ?? {};
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
