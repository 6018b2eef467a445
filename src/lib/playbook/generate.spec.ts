import { describe, expect, it } from 'vitest';
import { generatePlaybook } from './generate';
import { parsePlaybook } from './parse';

describe('generatePlaybook', () => {
	it('makes a ~150 KB playbook with 1,000 questions that parses without errors', () => {
		const source = generatePlaybook();
		expect(source.length).toBeGreaterThan(120_000);
		expect(source.length).toBeLessThan(200_000);
		const { playbook, diagnostics } = parsePlaybook(source);
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(playbook?.questions).toHaveLength(1000);
		expect(new Set(playbook?.questions.map((q) => q.type)).size).toBe(4);
	});

	it('is deterministic and scales with the question count', () => {
		expect(generatePlaybook({ questions: 12 })).toBe(generatePlaybook({ questions: 12 }));
		expect(parsePlaybook(generatePlaybook({ questions: 12 })).playbook?.questions).toHaveLength(12);
	});
});
