import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question, SpinType } from '$lib/playbook/types';
import { closestQuestion, similarity, tokens } from './buyer-match';

const q = (id: string, type: SpinType, text: string): Question => ({
	id,
	line: 1,
	type,
	text,
	hints: [],
	followUps: [],
	needIds: []
});

const EN = [
	q('or-volume', 'situation', 'How many operating rooms do you run, and how many cases a year?'),
	q('late-cases', 'problem', 'How often did a case start late because an item was missing?'),
	q('write-offs', 'problem', 'How much stock do you write off as expired in a typical year?'),
	q('ripple', 'implication', 'When a case starts late, what happens to the rest of the schedule?')
];

const ZH = [
	q('fleet', 'situation', '集团现在有几个厂区，关键设备大概多少台？'),
	q('worst-stops', 'problem', '过去一个季度，哪几台设备的突发停机最让您头疼？'),
	q('spares', 'problem', '您觉得备件仓库的库存是偏多还是偏少？'),
	q('ripple', 'implication', '一台压铸机停一个班，后面的机加工和装配会被拖累到什么程度？')
];

describe('tokens', () => {
	it('splits Chinese into character pairs and English into content words', () => {
		expect(tokens('设备停机')).toEqual(['设备', '备停', '停机']);
		expect(tokens('How often do the lines stop?')).toEqual(['often', 'line', 'stop']);
		expect(tokens('ＡＢＣ 停')).toEqual(['停', 'abc']);
	});
});

describe('closestQuestion', () => {
	it('finds the scripted English question a rep paraphrased, within the chosen type', () => {
		const text = 'In the last quarter, how many cases started late because something was missing?';
		expect(closestQuestion(EN, 'problem', text)?.id).toBe('late-cases');
		expect(
			closestQuestion(EN, 'implication', 'What happens to the schedule when a case is late?')?.id
		).toBe('ripple');
		// The same words under a type with no close question match nothing.
		expect(closestQuestion(EN, 'situation', text)).toBeUndefined();
	});

	it('finds the scripted Chinese question a rep paraphrased', () => {
		expect(closestQuestion(ZH, 'problem', '上个季度哪几台设备突然停机，最让您头疼？')?.id).toBe(
			'worst-stops'
		);
		expect(closestQuestion(ZH, 'problem', '备件库存多不多？')?.id).toBe('spares');
		expect(closestQuestion(ZH, 'problem', '今天天气怎么样？')).toBeUndefined();
	});

	it('is a deterministic, symmetric score between 0 and 1', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (a, b) => {
				const s = similarity(tokens(a), tokens(b));
				expect(s).toBeGreaterThanOrEqual(0);
				expect(s).toBeLessThanOrEqual(1);
				expect(similarity(tokens(b), tokens(a))).toBe(s);
				expect(closestQuestion(EN, 'problem', a)).toBe(closestQuestion(EN, 'problem', a));
			})
		);
		expect(similarity(tokens('备件库存'), tokens('备件库存'))).toBe(1);
	});
});
