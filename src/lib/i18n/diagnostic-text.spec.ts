import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { CATALOGUE } from '$lib/playbook/diagnostics';
import { parsePlaybook } from '$lib/playbook/parse';
import { diagnosticText } from './diagnostic-text';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

function inChinese<T>(fn: () => T): T {
	overwriteGetLocale(() => 'zh-CN');
	return fn();
}

const SOURCE = `---
id: t
title: T
locale: en
version: 1
offer: X
---

- stray item before any section

# Needs
- Fewer stops {#stops}

# Problem
- How often? {#q1}
  - Need: nowhere
  - Colour: blue

# Capability
## Alerts {#alerts}
- Feature: Sensors
`;

describe('diagnosticText', () => {
	const diagnostics = parsePlaybook(SOURCE).diagnostics;
	const byCode = (code: string) => {
		const found = diagnostics.find((d) => d.code === code);
		if (!found) throw new Error(`fixture lacks ${code}: ${diagnostics.map((d) => d.code)}`);
		return found;
	};

	it('has a message in the catalogue for every diagnostic code', async () => {
		const en = (await import('../../../messages/en.json')).default as unknown as Record<
			string,
			string
		>;
		const zh = (await import('../../../messages/zh-CN.json')).default as unknown as Record<
			string,
			string
		>;
		for (const code of Object.keys(CATALOGUE)) {
			expect(en[`diag_${code}`], code).toBeTruthy();
			expect(zh[`diag_${code}`], code).toBeTruthy();
		}
	});

	it('words coded parameters in Chinese', () => {
		expect(inChinese(() => diagnosticText(byCode('need_unknown')))).toBe(
			'没有编号为“nowhere”的需求。'
		);
		expect(inChinese(() => diagnosticText(byCode('card_incomplete')))).toBe(
			'这张能力卡片缺少：优点、利益。'
		);
		expect(inChinese(() => diagnosticText(byCode('item_outside_section')))).toBe(
			'此条目已忽略：前面还没有开始任何章节。'
		);
		expect(inChinese(() => diagnosticText(byCode('label_unknown')))).toBe(
			'问题部分没有“Colour”这个标签。'
		);
	});

	it('words them in English too', () => {
		expect(diagnosticText(byCode('card_incomplete'))).toBe(
			'This capability card lacks: Advantage, Benefit.'
		);
		expect(diagnosticText(byCode('item_outside_section'))).toBe(
			'This item is ignored: no section has started yet.'
		);
	});

	it('falls back to the checker’s English for unknown codes or missing parameters', () => {
		const unknown = { code: 'brand_new_code', message: 'Brand new problem', params: {} };
		expect(inChinese(() => diagnosticText(unknown))).toBe('Brand new problem');
		const noParams = { code: 'need_unknown', message: 'There is no need with the id `x`' };
		expect(inChinese(() => diagnosticText(noParams))).toBe('There is no need with the id `x`');
		const oddReason = {
			code: 'item_outside_section',
			message: 'This item is ignored: whatever',
			params: { reason: 'not_a_reason', heading: '' }
		};
		expect(inChinese(() => diagnosticText(oddReason))).toBe('This item is ignored: whatever');
	});
});
