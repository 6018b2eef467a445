import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUBRIC } from './rubric';
import { openingShort } from './rules';

// The method notes' section anchors, as GitHub renders them from `## Heading {#anchor}` or the
// heading text.
const NOTES = readFileSync(new URL('../../../docs/coaching.md', import.meta.url), 'utf8');
const ANCHORS = new Set([...NOTES.matchAll(/<a id="([a-z-]+)"><\/a>/g)].map((m) => m[1]));

describe('RUBRIC', () => {
	it('has unique snake_case ids, a method note for each and maxima adding up to 100', () => {
		const ids = RUBRIC.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of RUBRIC) {
			expect(rule.id).toMatch(/^[a-z]+(_[a-z]+)*$/);
			const [file, anchor] = rule.source.split('#');
			expect(file).toBe('docs/coaching.md');
			expect(ANCHORS, `${rule.id} cites #${anchor}`).toContain(anchor);
			expect(rule.max).toBeGreaterThan(0);
		}
		expect(RUBRIC.reduce((sum, rule) => sum + rule.max, 0)).toBe(100);
	});

	it('has no time split: the 40/30/20/10 split belongs to the account, not the call', () => {
		expect(RUBRIC.map((r) => r.id)).not.toContain('time_split');
	});
});

describe('a short opening', () => {
	it('is short within five minutes and a fifth of the call, and always at a minute or less', () => {
		// A 16-minute opening in a 40-minute call is long; 2 minutes of 40 is short.
		expect(openingShort(16 * 60_000, 40 * 60_000)).toBe(false);
		expect(openingShort(2 * 60_000, 40 * 60_000)).toBe(true);
		// 4 of 10 minutes is under five minutes but 40% of the call.
		expect(openingShort(4 * 60_000, 10 * 60_000)).toBe(false);
		// One sentence in a very short call is not a long opening.
		expect(openingShort(3_000, 12_000)).toBe(true);
		expect(openingShort(60_000, 90_000)).toBe(true);
		expect(openingShort(61_000, 90_000)).toBe(false);
	});
});
