// The optional buyer fields: parsed from English and Chinese labels, defaults when absent, and a
// playbook written before they existed parses exactly as it did.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from './parse';

const BASE = readFileSync(
	new URL('../../../tests/fixtures/playbook/condition_invalid/input.md', import.meta.url),
	'utf8'
).replace('downtime maybe', 'downtime explicit');

const parse = (source: string) => parsePlaybook(source, { file: 'x.md' });

describe('buyer fields', () => {
	it('reads awareness, patience, lines, triggers, blocks, graded answers and accept conditions', () => {
		const source = BASE.replace(
			'- Answer: Compare with one stop.\n',
			'- Answer: Compare with one stop. {#compare}\n  - Quality: strong\n  - Reply: Fair point.\n- Answer: Discount. {#discount}\n  - Quality: weak\n'
		)
			.replace(
				'  - After: feature\n',
				'  - After: feature, early, price\n  - Cards: alerts\n  - Blocks: demo\n'
			)
			.concat(
				'  - Resolved: price\n  - Involves: the CFO, the board\n',
				'- order: Send it.\n  - When: downtime met\n  - First call: yes\n',
				'## Awareness\n- downtime: 3\n  - Deflect: Stops happen.\n',
				'## Patience\n- start: 8\n- situation: 1\n- close: Enough.\n  - Outcome: continuation\n',
				'## Lines\n- unclear: Pardon?\n- deflect: Too early.\n- support: Good.\n'
			);
		const { playbook, diagnostics } = parse(source);
		expect(diagnostics).toEqual([]);
		const buyer = playbook!.buyer!;
		expect(buyer.awareness).toEqual([
			{
				id: 'downtime',
				line: expect.any(Number),
				needId: 'downtime',
				implications: 3,
				deflect: 'Stops happen.'
			}
		]);
		expect(buyer.patience).toEqual({
			start: 8,
			situation: 1,
			close: 'Enough.',
			closeOutcome: 'continuation'
		});
		expect(buyer.lines).toEqual({ unclear: 'Pardon?', deflect: 'Too early.', support: 'Good.' });
		expect(buyer.objections[0]).toMatchObject({
			after: ['feature', 'early', 'order'],
			cards: ['alerts'],
			blocks: ['demo']
		});
		expect(buyer.accepts[0]).toMatchObject({
			resolved: ['price'],
			involves: ['the CFO', 'the board']
		});
		expect(buyer.accepts[1]).toMatchObject({ advanceId: 'order', firstCall: true });
		expect(playbook!.objections[0].answerOptions).toEqual([
			{
				id: 'compare',
				line: 39,
				text: 'Compare with one stop.',
				quality: 'strong',
				reply: 'Fair point.'
			},
			{ id: 'discount', line: 42, text: 'Discount.', quality: 'weak' }
		]);
		expect(playbook!.objections[0].answers).toEqual(['Compare with one stop.', 'Discount.']);
	});

	it('reads the same fields from Chinese labels', () => {
		const source = BASE.replace(
			'  - After: feature\n',
			'  - 触发：特征, 过早, 订单\n  - 阻止：订单\n'
		).concat(
			'## 认知\n- downtime：2\n  - 回避：停机很正常。\n',
			'## 耐心\n- 初始：4\n- 背景：2\n- 结束：今天先到这里。\n  - 结果：未成交\n',
			'## 台词\n- 不明白：你说什么？\n- 认同：对。\n'
		);
		const { playbook, diagnostics } = parse(source);
		expect(diagnostics).toEqual([]);
		const buyer = playbook!.buyer!;
		expect(buyer.objections[0]).toMatchObject({
			after: ['feature', 'early', 'order'],
			blocks: ['order']
		});
		expect(buyer.awareness?.[0]).toMatchObject({
			needId: 'downtime',
			implications: 2,
			deflect: '停机很正常。'
		});
		expect(buyer.patience).toEqual({
			start: 4,
			situation: 2,
			close: '今天先到这里。',
			closeOutcome: 'noSale'
		});
		expect(buyer.lines).toEqual({ unclear: '你说什么？', support: '对。' });
	});

	it('leaves an old-style script without the new fields, its answers ungraded', () => {
		const { playbook, diagnostics } = parse(BASE);
		expect(diagnostics).toEqual([]);
		const buyer = playbook!.buyer!;
		expect(buyer.awareness).toBeUndefined();
		expect(buyer.patience).toBeUndefined();
		expect(buyer.lines).toBeUndefined();
		expect(buyer.objections[0]).toMatchObject({ after: ['feature'], cards: [], blocks: [] });
		expect(playbook!.objections[0].answerOptions).toEqual([
			{ id: 'compare-with-one-stop', line: 39, text: 'Compare with one stop.' }
		]);
	});

	it('keeps defaults where a value is malformed, and says so', () => {
		const { playbook, diagnostics } = parse(
			BASE.concat('## Awareness\n- downtime: 0\n## Patience\n- start: lots\n- situation: 3\n')
		);
		expect(diagnostics.map((d) => d.code)).toEqual([
			'awareness_count_invalid',
			'patience_value_invalid'
		]);
		expect(playbook!.buyer!.awareness?.[0].implications).toBe(1);
		expect(playbook!.buyer!.patience).toEqual({ start: 6, situation: 3, closeOutcome: 'noSale' });
	});
});
