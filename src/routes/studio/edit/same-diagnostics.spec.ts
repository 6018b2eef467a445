import { describe, expect, it } from 'vitest';
import { sameDiagnostics, type Shown } from './same-diagnostics';

const a: Shown = { from: 1, to: 4, severity: 'error', message: 'Unknown need', source: 'x' };
const b: Shown = { from: 9, to: 12, severity: 'warning', message: 'Never stated', source: 'y' };

describe('sameDiagnostics', () => {
	it('is true for the same diagnostics in another order', () => {
		expect(sameDiagnostics([a, b], [{ ...b }, { ...a }])).toBe(true);
		expect(sameDiagnostics([], [])).toBe(true);
	});

	it('is false when a position, a word, a fix or the count differs', () => {
		expect(sameDiagnostics([a, b], [a])).toBe(false);
		expect(sameDiagnostics([a], [{ ...a, to: 5 }])).toBe(false);
		expect(sameDiagnostics([a], [{ ...a, message: 'Other' }])).toBe(false);
		expect(sameDiagnostics([a], [{ ...a, severity: 'warning' }])).toBe(false);
		expect(sameDiagnostics([a], [{ ...a, actions: [{ name: 'Replace with need-1' }] }])).toBe(
			false
		);
		expect(sameDiagnostics([a, a], [a, b])).toBe(false);
	});
});
