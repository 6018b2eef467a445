import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { RUBRIC } from '$lib/session/rubric';
import { scoreCall } from '$lib/session/rubric';
import { FACTS, REPORT } from './testing/sample-report';
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

	it('puts the report numbers into the evidence', () => {
		overwriteGetLocale(() => 'en');
		const line = (id: string) => REPORT.score.lines.find((l) => l.id === id)!;
		expect(ruleText(line('situation_few'), REPORT).evidence).toBe(
			'2 of 7 questions were situation questions'
		);
		expect(ruleText(line('benefits_meet_explicit'), REPORT).evidence).toBe(
			'1 of 2 explicit needs were met by a benefit'
		);
		expect(ruleText(line('summary_before_ask'), REPORT).evidence).toBe(
			'Summaries: 1; advances proposed: 1; summary came first: yes'
		);
		expect(ruleText(line('advance_obtained'), REPORT).evidence).toBe('Outcome: Continuation');
		expect(ruleText(line('time_split'), REPORT).evidence).toBe(
			"20% of the call's time was spent away from that split"
		);
		expect(ruleText(line('implication_asked'), REPORT).source).toBe(
			'Source: SPIN research (Rackham)'
		);
	});

	it('says an untimed call was not timed instead of showing a zero drift', () => {
		overwriteGetLocale(() => 'zh-CN');
		const facts = { ...FACTS, time: { ...FACTS.time, totalMs: 0, drift: 0 } };
		const report = { ...REPORT, ...facts, score: scoreCall(facts) };
		const line = report.score.lines.find((l) => l.id === 'time_split')!;
		expect(ruleText(line, report).evidence).toBe('本次拜访的各阶段没有计时');
	});
});

describe('formatShare', () => {
	it('rounds a share to a whole percentage in the UI language', () => {
		expect(formatShare(2 / 7, 'en')).toBe('29%');
		expect(formatShare(0.75, 'zh-CN')).toBe('75%');
	});
});
