import { describe, expect, it } from 'vitest';
import { RUBRIC } from './rubric';

describe('RUBRIC', () => {
	it('has unique snake_case ids, cited sources and maxima adding up to 100', () => {
		const ids = RUBRIC.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of RUBRIC) {
			expect(rule.id).toMatch(/^[a-z]+(_[a-z]+)*$/);
			expect(['domain', 'spin-research']).toContain(rule.source);
			expect(rule.ref.startsWith(`${rule.source}#`)).toBe(true);
			expect(rule.max).toBeGreaterThan(0);
		}
		expect(RUBRIC.reduce((sum, rule) => sum + rule.max, 0)).toBe(100);
	});
});
