// A playbook diagnostic in the UI language. The checker passes codes as parameters (section
// names, stages, SPIN types, card parts, why an item has no place); those are worded here too.
// The checker's English message is the fallback for a code, or a parameter, this catalogue does
// not know yet.
import type { Diagnostic } from '$lib/playbook/types';
import { wordDiagnostic } from './diagnostic-core';
import { lookup as common, lookupIn, messageTable } from './labels';

const DIAG = messageTable(import.meta.glob('../paraglide/messages/diag_*.js', { eager: true }));
const lookup = (key: string, params?: Record<string, unknown>) =>
	key.startsWith('diag_') ? lookupIn(DIAG, key, params) : common(key, params);

/** The translated message of `diagnostic`, or its English message when no translation fits. */
export function diagnosticText(
	diagnostic: Pick<Diagnostic, 'code' | 'message' | 'params'>
): string {
	return wordDiagnostic(lookup, diagnostic);
}
