import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { RUBRIC } from '$lib/session/rubric';
import { REPORT } from './testing/sample-report';
import { formatShare, ruleText } from './rule-text';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('ruleText', () => {
	for (const locale of ['en', 'zh-CN'] as const) {
		it(`words every rubric rule fully in ${locale}`, () => {
			overwriteGetLocale(() => locale);
			expect(REPORT.score.lines.map((l) => l.id)).toEqual(RUBRIC.map((r) => r.id));
			for (const line of REPORT.score.lines) {
				const text = ruleText(line, REPORT);
				expect(text.name, line.id).not.toBe(line.id);
				expect(text.why.length, line.id).toBeGreaterThan(20);
				// Every placeholder was filled: no "{name}" and no "undefined" left in the sentence.
				for (const part of [text.name, text.why, text.source, text.evidence]) {
					expect(part, line.id).not.toMatch(/[{}]|undefined|NaN/);
				}
			}
		});
	}

	it('puts the report numbers into the evidence, and cites the method notes', () => {
		overwriteGetLocale(() => 'en');
		const line = (id: string) => REPORT.score.lines.find((l) => l.id === id)!;
		expect(REPORT.score.total).toBe(65);
		expect(ruleText(line('situation_few'), REPORT).evidence).toBe(
			'2 of 7 questions were situation questions'
		);
		expect(ruleText(line('question_order'), REPORT).evidence).toBe(
			'1 of 3 implication and need-payoff questions came too early'
		);
		expect(ruleText(line('summary_before_ask'), REPORT).evidence).toBe(
			'Summaries: 1; advances proposed: 1; summary came first: yes'
		);
		expect(ruleText(line('outcome'), REPORT).evidence).toBe(
			'Outcome: Continuation; the buyer ended the meeting: no'
		);
		expect(ruleText(line('opening_short'), REPORT).evidence).toBe(
			'Opening: 2 min 0 s, 20% of the call; opened: yes; the call moved on: yes'
		);
		expect(ruleText(line('coverage'), REPORT).source).toBe('Source: docs/coaching.md#coverage');
	});

	it('explains every rule that lost points in both languages', () => {
		for (const locale of ['en', 'zh-CN'] as const) {
			overwriteGetLocale(() => locale);
			for (const line of REPORT.score.lines.filter((l) => l.points < l.max)) {
				const text = ruleText(line, REPORT);
				const raw = Object.entries(line.evidence)
					.map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : value}`)
					.join('; ');
				expect(text.evidence, line.id).not.toBe(raw);
				expect(text.why.length, line.id).toBeGreaterThan(20);
			}
		}
	});
});

describe('formatShare', () => {
	it('rounds a share to a whole percentage in the UI language', () => {
		expect(formatShare(2 / 7, 'en')).toBe('29%');
		expect(formatShare(0.75, 'zh-CN')).toBe('75%');
	});
});
